using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Members;

/// <summary>
/// Everything the forum holds about one member, as handed to them (GDPR art. 15 and 20). It holds what they wrote
/// and did; other people's things appear by id and title only (save progress notes on the member's own experiments),
/// so one member's copy carries little of anyone else's data.
/// </summary>
public sealed record MemberExportDocument(
    DateTimeOffset ExportedAt,
    MemberView Profile,
    IReadOnlyList<ExportedTheme> Themes,
    IReadOnlyList<PostView> Posts,
    IReadOnlyList<Experiment> ExperimentsProposed,
    IReadOnlyList<ExportedLesson> Lessons,
    IReadOnlyList<LessonEndorsed> Endorsements,
    IReadOnlyList<ExportedDecision> DecisionsProposed,
    IReadOnlyList<PositionTaken> Positions,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<PaceSwitchRequested> PaceRequests);

/// <summary>A theme the member opened or takes part in; <see cref="JoinedAt"/> is null when they opened it but do not take part.</summary>
public sealed record ExportedTheme(Guid ThemeId, string Title, bool OpenedByMember, DateTimeOffset? JoinedAt, Level? LevelWhenJoined, string? BodyWhenJoined);

/// <summary>
/// A lesson the member wrote, as it reads now. Chatham House lessons are included: the author is hidden from
/// everyone else, not from the author, and this copy goes only to them or the secretariat.
/// </summary>
public sealed record ExportedLesson(
    Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    Confidentiality Confidentiality, bool AuthorShown, DateTimeOffset RecordedAt, DateTimeOffset? EditedAt);

/// <summary>A decision the member proposed; other members' positions on it are theirs, so only the count is given.</summary>
public sealed record ExportedDecision(
    Guid DecisionId, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, DecisionStatus Status,
    string? Rationale, DateTimeOffset ProposedAt, int PositionsTaken);
