using Politikerforum.Domain.Experiments;

namespace Politikerforum.Domain.Tests.Experiments;

/// <summary>Anne's experiment with a four-day week in elder care, at each point of its life.</summary>
public static class ExperimentStory
{
    public static readonly Guid ExperimentId = Guid.NewGuid();
    public const string Title = "Firedages arbejdsuge i ældreplejen";

    public static readonly Theme WithAnneAndBo = Given.Theme(Opened(Visibility.Forum), Joined(Anne), Joined(Bo));

    public static ExperimentProposed Proposed(Guid? by = null) =>
        new(ExperimentId, ThemeId, Title, "Flere søger job, når ugen er kortere.", ["Odense Kommune", "Region Syddanmark"],
            [Level.Kommune, Level.Region], new DateOnly(2025, 12, 31), by ?? Anne, Earlier);

    public static ExperimentStarted Started() => new(ExperimentId, ThemeId, Title, Anne, Earlier);
    public static ExperimentProgressNoted Noted(Guid by) => new(ExperimentId, ThemeId, "Vagtplanerne holder.", by, Earlier);
    public static ExperimentConcluded Concluded(ExperimentOutcome outcome = ExperimentOutcome.Mixed) =>
        new(ExperimentId, ThemeId, Title, outcome, "Flere ansøgere, men dyrere vikarer.", Anne, Earlier);
    public static ExperimentAbandoned Abandoned() => new(ExperimentId, ThemeId, Title, "Budgettet blev skåret.", Anne, Earlier);

    /// <summary>The history that leads to each status.</summary>
    public static object[] HistoryOf(ExperimentStatus status, Guid? proposer = null) => status switch
    {
        ExperimentStatus.Proposed => [Proposed(proposer)],
        ExperimentStatus.Running => [Proposed(proposer), Started()],
        ExperimentStatus.Concluded => [Proposed(proposer), Started(), Concluded()],
        _ => [Proposed(proposer), Abandoned()]
    };

    public static Experiment In(ExperimentStatus status, Guid? proposer = null) => Given.Experiment(HistoryOf(status, proposer));
}
