using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Review;

/// <summary>
/// What the secretariat looks at in its weekly review, across every theme, in one read: what happened since
/// <see cref="Since"/>, and what needs attention before <see cref="Horizon"/>. People are shown with their ids and names
/// as the registry knows them now; a Chatham House author is shown as nobody.
/// </summary>
/// <param name="Until">When the review was read: "now" for deadlines and due dates.</param>
/// <param name="Horizon">Deadlines and due dates before this count as near.</param>
/// <param name="QuietThemes">Open themes in which nothing has happened since <see cref="Since"/>.</param>
public sealed record ForumReview(
    DateTimeOffset Since, DateTimeOffset Until, DateTimeOffset Horizon,
    IReadOnlyList<ReviewedExperiment> NewExperiments, IReadOnlyList<ReviewedExperiment> ConcludedExperiments,
    IReadOnlyList<ReviewedLesson> NewLessons, IReadOnlyList<ReviewedDecision> DecisionsNearDeadline,
    IReadOnlyList<ReviewedCommitment> Commitments, IReadOnlyList<ReviewedPaceChange> PaceSwitches,
    IReadOnlyList<QuietTheme> QuietThemes);

/// <param name="At">When it was proposed (new experiments) or concluded or abandoned (concluded ones).</param>
public sealed record ReviewedExperiment(
    Guid Id, Guid ThemeId, string ThemeTitle, string Title, ExperimentStatus Status, ExperimentOutcome? Outcome, string? Summary,
    ShownActor ProposedBy, DateTimeOffset At);

/// <param name="Author">"Chatham House – afsender anonym", without an id, until the author puts their name to it.</param>
public sealed record ReviewedLesson(
    Guid Id, Guid ThemeId, string ThemeTitle, string Title, LessonKind Kind, Confidentiality Confidentiality, IReadOnlyList<string> Tags,
    ShownActor Author, DateTimeOffset RecordedAt);

/// <param name="MissingLevels">Required levels from which nobody has taken a position yet.</param>
/// <param name="MissingMembers">Participants from the required levels who have not taken a position.</param>
public sealed record ReviewedDecision(
    Guid Id, Guid ThemeId, string ThemeTitle, string Title, string Proposal, DateTimeOffset Deadline, Tally Tally,
    IReadOnlyDictionary<Level, Tally> TallyPerLevel, IReadOnlyList<Level> MissingLevels, IReadOnlyList<ThemeParticipant> MissingMembers);

/// <summary>Where an undelivered commitment stands: past its date, due before the review's horizon, or open beyond it.</summary>
public enum CommitmentStanding { Overdue, DueSoon, Open }

public sealed record ReviewedCommitment(
    Guid Id, Guid ThemeId, string ThemeTitle, string What, CommitmentStanding Standing, DateOnly DueOn, DateTimeOffset DueAt,
    ShownActor MadeBy, Level FromLevel, string FromBody, Level? ToLevel);

/// <param name="Type">One of the timeline's <c>theme.pace-switched</c> and <c>theme.pace-reverted</c>.</param>
public sealed record ReviewedPaceChange(long Sequence, Guid ThemeId, string ThemeTitle, string Type, DateTimeOffset Time, ShownActor Actor, string Summary);

/// <param name="LastActivityAt">When anything last happened in it; never null, since opening it is something.</param>
public sealed record QuietTheme(Guid Id, string Title, Pace Pace, DateTimeOffset? LastActivityAt);
