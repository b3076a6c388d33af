using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;
namespace Politikerforum.Domain.Lessons;

public enum LessonKind { Worked, WentWrong, Mixed }

/// <summary>
/// Who may read a lesson, within what its theme already allows: <c>forum</c> and <c>chatham-house</c>
/// keep it from integrators and the public. Chatham House also hides who wrote it from everyone but the author.
/// </summary>
public enum Confidentiality { Public, Forum, ChathamHouse }

public record LessonRecorded(
    Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    Confidentiality Confidentiality, Guid? SourceExperimentId, Guid? SourceDecisionId,
    Guid AuthorId, Level? AuthorLevel, DateTimeOffset RecordedAt)
{
    /// <summary>The author marked the text as holding personal data: GDPR erasure blanks it.</summary>
    public bool Personal { get; init; }
}

/// <summary>Carries the confidentiality so projections know, from this event alone, whether to hide the author.</summary>
public record LessonEdited(
    Guid LessonId, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    Confidentiality Confidentiality, Guid EditedBy, DateTimeOffset EditedAt)
{
    /// <summary>The author marked the text as holding personal data: GDPR erasure blanks it.</summary>
    public bool Personal { get; init; }
}

/// <summary>"Det kan jeg bruge": one per member.</summary>
public record LessonEndorsed(Guid LessonId, Guid ThemeId, Guid MemberId, DateTimeOffset EndorsedAt);

/// <summary>The author of a Chatham House lesson chose to put their name to it.</summary>
public record LessonAttributed(Guid LessonId, Guid ThemeId, Guid AuthorId, Level? AuthorLevel, DateTimeOffset AttributedAt);

/// <summary>
/// The secretariat hid the lesson. Names the lesson, never its author: under the Chatham House rule
/// the author learns of it only through their own view of the lesson.
/// </summary>
public record LessonHidden(Guid LessonId, Guid ThemeId, string Reason, Guid HiddenBy, DateTimeOffset HiddenAt);
public record LessonRestored(Guid LessonId, Guid ThemeId, Guid RestoredBy, DateTimeOffset RestoredAt);

/// <summary>
/// The write state: knows the author, so it is never stored. Marten folds it from the stream when a
/// rule needs it; what is stored and shown is <see cref="LessonView"/>.
/// </summary>
public sealed record Lesson(
    Guid Id, Guid ThemeId, Guid AuthorId, Confidentiality Confidentiality, bool Attributed, IReadOnlyList<Guid> EndorsedBy, int Version) : IThemeItem
{
    public bool HidesAuthor => Confidentiality == Confidentiality.ChathamHouse && !Attributed;

    public bool Personal { get; init; }

    public Hiding? Hidden { get; init; }

    public static Lesson Create(LessonRecorded e) => new(e.LessonId, e.ThemeId, e.AuthorId, e.Confidentiality, false, [], 1) { Personal = e.Personal };
    public static Lesson Apply(LessonEdited e, Lesson l) => l;
    public static Lesson Apply(LessonEndorsed e, Lesson l) => l with { EndorsedBy = [.. l.EndorsedBy, e.MemberId] };
    public static Lesson Apply(LessonAttributed e, Lesson l) => l with { Attributed = true };
    public static Lesson Apply(LessonHidden e, Lesson l) => l with { Hidden = new Hiding(e.Reason, e.HiddenAt) };
    public static Lesson Apply(LessonRestored e, Lesson l) => l with { Hidden = null };
}
