using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
namespace Politikerforum.Domain.Experiments;

public enum ExperimentStatus { Proposed, Running, Concluded, Abandoned }
public enum ExperimentOutcome { Succeeded, Mixed, Failed }

public record ExperimentProposed(
    Guid ExperimentId, Guid ThemeId, string Title, string Hypothesis, IReadOnlyList<string> Bodies, IReadOnlyList<Level> Levels,
    DateOnly PlannedEnd, Guid ProposedBy, DateTimeOffset ProposedAt);

/// <summary>Later events repeat the title, which never changes, so the timeline and integrators can name the experiment.</summary>
public record ExperimentStarted(Guid ExperimentId, Guid ThemeId, string Title, Guid StartedBy, DateTimeOffset StartedAt);

public record ExperimentProgressNoted(Guid ExperimentId, Guid ThemeId, string Note, Guid NotedBy, DateTimeOffset NotedAt) : INamesItsItem
{
    public string? ItemTitle { get; init; }
}

public record ExperimentConcluded(
    Guid ExperimentId, Guid ThemeId, string Title, ExperimentOutcome Outcome, string Summary, Guid ConcludedBy, DateTimeOffset ConcludedAt);

public record ExperimentAbandoned(Guid ExperimentId, Guid ThemeId, string Title, string Reason, Guid AbandonedBy, DateTimeOffset AbandonedAt);

public sealed record ProgressNote(string Note, Guid NotedBy, DateTimeOffset NotedAt);

/// <summary>
/// Something members try out across levels, because there is rarely a known recipe. One stream per
/// experiment; the write state is stored inline for <see cref="ExperimentReads"/>, which show it as
/// <see cref="ExperimentView"/>. Concluded, it invites lessons, which point
/// back to it by its id, whether it succeeded or failed: what went wrong is worth as much as what worked.
/// </summary>
public sealed record Experiment(
    Guid Id, Guid ThemeId, string Title, string Hypothesis, IReadOnlyList<string> Bodies, IReadOnlyList<Level> Levels,
    DateOnly PlannedEnd, Guid ProposedBy, DateTimeOffset ProposedAt, ExperimentStatus Status, DateTimeOffset? StartedAt,
    IReadOnlyList<ProgressNote> Progress, ExperimentOutcome? Outcome, string? Summary, string? AbandonReason,
    Guid? ClosedBy, DateTimeOffset? ClosedAt, bool LessonsInvited, int Version) : IThemeItem
{
    public bool IsOver => Status is ExperimentStatus.Concluded or ExperimentStatus.Abandoned;

    public static Experiment Create(ExperimentProposed e) =>
        new(e.ExperimentId, e.ThemeId, e.Title, e.Hypothesis, e.Bodies, e.Levels, e.PlannedEnd, e.ProposedBy, e.ProposedAt,
            ExperimentStatus.Proposed, null, [], null, null, null, null, null, false, 1);

    public static Experiment Apply(ExperimentStarted e, Experiment x) => x with { Status = ExperimentStatus.Running, StartedAt = e.StartedAt };

    public static Experiment Apply(ExperimentProgressNoted e, Experiment x) =>
        x with { Progress = [.. x.Progress, new ProgressNote(e.Note, e.NotedBy, e.NotedAt)] };

    public static Experiment Apply(ExperimentConcluded e, Experiment x) => x with
    {
        Status = ExperimentStatus.Concluded, Outcome = e.Outcome, Summary = e.Summary,
        ClosedBy = e.ConcludedBy, ClosedAt = e.ConcludedAt, LessonsInvited = true
    };

    public static Experiment Apply(ExperimentAbandoned e, Experiment x) => x with
    {
        Status = ExperimentStatus.Abandoned, AbandonReason = e.Reason, ClosedBy = e.AbandonedBy, ClosedAt = e.AbandonedAt
    };
}
