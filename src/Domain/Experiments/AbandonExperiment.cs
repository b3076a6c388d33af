using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Experiments;

public record AbandonExperiment(
    [property: Required(ErrorMessage = "Begrundelsen skal udfyldes."), StringLength(2_000, ErrorMessage = "Begrundelsen må højst være 2.000 tegn.")]
    string Reason);

public static class AbandoningExperiments
{
    /// <summary>Proposed or running alike may be given up; the reason is what others learn from.</summary>
    public static Refusal? Refuses(Experiment experiment, Theme theme, Actor actor) =>
        ExperimentSteward.Refuses(experiment, theme, actor) ?? ExperimentSteward.RefusesWhenOver(experiment);

    public static ExperimentAbandoned Decide(Experiment experiment, AbandonExperiment command, Actor actor, DateTimeOffset now) =>
        new(experiment.Id, experiment.ThemeId, experiment.Title, command.Reason.Trim(), actor.Id, now);
}
