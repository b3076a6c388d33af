using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record ConcludeExperiment(
    [property: Required(ErrorMessage = "Udfaldet skal angives (succeeded, mixed eller failed).")]
    ExperimentOutcome? Outcome,
    [property: Required(ErrorMessage = "Opsummeringen skal udfyldes."), StringLength(10_000, ErrorMessage = "Opsummeringen må højst være 10.000 tegn.")]
    string Summary) : ICommand
{
    [JsonIgnore] public Guid ExperimentId { get; init; }
}

public static class ConcludingExperiments
{
    /// <summary>Only a running experiment has results; one that never started is abandoned instead.</summary>
    public static Refusal? Refuses(Experiment? experiment, Theme? theme, Actor actor) =>
        ExperimentSteward.Refuses(experiment, theme, actor)
        ?? (experiment!.Status == ExperimentStatus.Proposed
            ? Refusal.Conflict("Et eksperiment skal være sat i gang, før det kan afsluttes. Et forslag, der ikke bliver til noget, kan opgives.")
            : null);

    public static ExperimentConcluded Decide(Experiment experiment, ConcludeExperiment command, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, experiment.Title, command.Outcome!.Value, command.Summary.Trim(), actor.Id, now);
}

public static class ConcludeExperimentHandler
{
    public static Task<ItemStream<Experiment>> LoadAsync(ConcludeExperiment command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Experiment>(command.ExperimentId, ct);

    public static Outcome Handle(ConcludeExperiment command, ItemStream<Experiment> experiment, Actor actor, TimeProvider clock) =>
        ConcludingExperiments.Refuses(experiment.Item, experiment.Theme, actor)
        ?? (Outcome)experiment.Append(ConcludingExperiments.Decide(experiment.Item!, command, actor, clock.GetUtcNow()));
}
