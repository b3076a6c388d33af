using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public static class StartingExperiments
{
    public static Refusal? Refuses(Experiment experiment, Theme theme, Actor actor) =>
        ExperimentSteward.Refuses(experiment, theme, actor)
        ?? ExperimentSteward.RefusesWhenOver(experiment)
        ?? (experiment.Status == ExperimentStatus.Running ? Refusal.Conflict("Eksperimentet er allerede sat i gang.") : null);

    public static ExperimentStarted Decide(Experiment experiment, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, experiment.Title, actor.Id, now);
}
