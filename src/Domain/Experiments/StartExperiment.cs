using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record StartExperiment([property: JsonIgnore] Guid ExperimentId) : ICommand;

public static class StartingExperiments
{
    public static Refusal? Refuses(Experiment? experiment, Theme? theme, Actor actor) =>
        ExperimentSteward.Refuses(experiment, theme, actor)
        ?? (experiment!.Status == ExperimentStatus.Running ? Refusal.Conflict("Eksperimentet er allerede sat i gang.") : null);

    public static ExperimentStarted Decide(Experiment experiment, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, experiment.Title, actor.Id, now);
}

/// <summary>
/// The experiment's stream is locked while this command runs, as for every step of its life: two people moving the
/// same experiment at once (say, one concluding while another abandons) are served one after the other, and the
/// second is told what the first did.
/// </summary>
public static class StartExperimentHandler
{
    public static Task<ItemStream<Experiment>> LoadAsync(StartExperiment command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Experiment>(command.ExperimentId, ct);

    public static Outcome Handle(StartExperiment command, ItemStream<Experiment> experiment, Actor actor, TimeProvider clock) =>
        StartingExperiments.Refuses(experiment.Item, experiment.Theme, actor)
        ?? (Outcome)experiment.Append(StartingExperiments.Decide(experiment.Item!, actor, clock.GetUtcNow()));
}
