using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Politikerforum.Domain.Lessons;

/// <summary>
/// A lesson as it is stored and shown. For a Chatham House lesson that has not been attributed there is
/// no author here at all — not the id, not the level — so no read of this table can reveal who wrote it.
/// </summary>
public sealed record LessonView(
    Guid Id, Guid ThemeId, string Title, string Text, LessonKind Kind, IReadOnlyList<string> Tags,
    Confidentiality Confidentiality, Guid? SourceExperimentId, Guid? SourceDecisionId,
    Guid? AuthorId, Level? AuthorLevel, IReadOnlyList<Guid> EndorsedBy,
    DateTimeOffset RecordedAt, DateTimeOffset? EditedAt, int Version) : IThemeItem
{
    /// <summary>Set while the secretariat has hidden the lesson: then only its author and the secretariat see it.</summary>
    public Hiding? Hidden { get; init; }
}

public partial class LessonViewProjection : SingleStreamProjection<LessonView, Guid>
{
    public static LessonView Create(LessonRecorded e)
    {
        var anonymous = e.Confidentiality == Confidentiality.ChathamHouse;
        return new(e.LessonId, e.ThemeId, e.Title, e.Text, e.Kind, e.Tags, e.Confidentiality, e.SourceExperimentId,
            e.SourceDecisionId, anonymous ? null : e.AuthorId, anonymous ? null : e.AuthorLevel, [], e.RecordedAt, null, 1);
    }

    public static LessonView Apply(LessonEdited e, LessonView v) =>
        v with { Title = e.Title, Text = e.Text, Kind = e.Kind, Tags = e.Tags, EditedAt = e.EditedAt };

    public static LessonView Apply(LessonEndorsed e, LessonView v) => v with { EndorsedBy = [.. v.EndorsedBy, e.MemberId] };

    public static LessonView Apply(LessonAttributed e, LessonView v) => v with { AuthorId = e.AuthorId, AuthorLevel = e.AuthorLevel };

    public static LessonView Apply(LessonHidden e, LessonView v) => v with { Hidden = new Hiding(e.Reason, e.HiddenAt) };

    public static LessonView Apply(LessonRestored e, LessonView v) => v with { Hidden = null };
}
