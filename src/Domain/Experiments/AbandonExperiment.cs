using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record AbandonExperiment(
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string Reason) : ICommand
{
    [JsonIgnore] public Guid ExperimentId { get; init; }
}

public static class AbandoningExperiments
{
    /// <summary>Proposed or running alike may be given up; the reason is what others learn from.</summary>
    public static Refusal? Refuses(Experiment? experiment, Theme? theme, Actor actor) => ExperimentSteward.Refuses(experiment, theme, actor);

    public static ExperimentAbandoned Decide(Experiment experiment, AbandonExperiment command, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, experiment.Title, command.Reason.Trim(), actor.Id, now);
}

public static class AbandonExperimentHandler
{
    public static Task<ItemStream<Experiment>> LoadAsync(AbandonExperiment command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Experiment>(command.ExperimentId, ct);

    public static Outcome Handle(AbandonExperiment command, ItemStream<Experiment> experiment, Actor actor, TimeProvider clock) =>
        AbandoningExperiments.Refuses(experiment.Item, experiment.Theme, actor)
        ?? (Outcome)experiment.Append(AbandoningExperiments.Decide(experiment.Item!, command, actor, clock.GetUtcNow()));
}
