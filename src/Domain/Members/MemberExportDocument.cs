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
/// so one member's copy carries little of anyone else's data. A copy made by the secretariat or an admin leaves out
/// what only the member may know they did, and says so in <see cref="Withheld"/>.
/// </summary>
/// <param name="Withheld">Null in the member's own copy; in anyone else's, what was left out and why, in Danish.</param>
public sealed record MemberExportDocument(
    DateTimeOffset ExportedAt,
    MemberView Profile,
    IReadOnlyList<ExportedTheme> Themes,
    IReadOnlyList<PostView> Posts,
    IReadOnlyList<Experiment> ExperimentsProposed,
    IReadOnlyList<ExperimentProgressNoted> ProgressNotes,
    IReadOnlyList<ExportedLesson> Lessons,
    IReadOnlyList<LessonEndorsed> Endorsements,
    IReadOnlyList<ExportedDecision> DecisionsProposed,
    IReadOnlyList<PositionTaken> Positions,
    IReadOnlyList<Commitment> Commitments,
    IReadOnlyList<PaceSwitchRequested> PaceRequests,
    string? Withheld)
{
    /// <summary>
    /// The same words in every copy made by someone else, whether or not the member wrote anything under the Chatham
    /// House rule. A count of what was left out, or a note only where something was, would be nonzero exactly for the
    /// authors: exporting every member would then tell the secretariat who wrote the forum's Chatham House lessons.
    /// </summary>
    public const string WithheldFromOthers =
        "Denne kopi er hentet af en anden end medlemmet selv, og derfor er to slags oplysninger udeladt: erfaringer, som medlemmet "
        + "har delt under Chatham House-reglen uden at stå frem som afsender, og medlemmets tilkendegivelser af, at medlemmet kan bruge "
        + "en erfaring. Efter Chatham House-reglen må ingen ud over afsenderen – heller ikke sekretariatet – kunne se, hvem der har "
        + "skrevet en erfaring, og en liste over, hvem der kan bruge en erfaring, viser også, hvem der ikke har skrevet den. Hvor mange "
        + "oplysninger der er udeladt, oplyses ikke, fordi selv et antal ville afsløre, om medlemmet har skrevet sådanne erfaringer. "
        + "Medlemmet får alle oplysningerne med ved selv at hente dem.";
}

/// <summary>A theme the member opened or takes part in; <see cref="JoinedAt"/> is null when they opened it but do not take part.</summary>
public sealed record ExportedTheme(Guid ThemeId, string Title, bool OpenedByMember, DateTimeOffset? JoinedAt, Level? LevelWhenJoined, string? BodyWhenJoined);

/// <summary>
/// A lesson the member wrote, as it reads now. A Chatham House lesson the member has not put their name to is in their
/// own copy only: the author is hidden from everyone else, the secretariat included.
/// </summary>
public sealed record ExportedLesson(
    Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    Confidentiality Confidentiality, bool AuthorShown, DateTimeOffset RecordedAt, DateTimeOffset? EditedAt);

/// <summary>A decision the member proposed; other members' positions on it are theirs, so only the count is given.</summary>
public sealed record ExportedDecision(
    Guid DecisionId, Guid ThemeId, string Title, string Proposal, DateTimeOffset Deadline, DecisionStatus Status,
    string? Rationale, DateTimeOffset ProposedAt, int PositionsTaken);
