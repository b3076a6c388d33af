using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;
namespace Politikerforum.Domain.Posts;

/// <summary>A post without <see cref="ReplyTo"/> starts a thread; <see cref="ThreadId"/> is the thread's first post.</summary>
public record PostPublished(Guid PostId, Guid ThemeId, Guid ThreadId, Guid? ReplyTo, string Text, Guid AuthorId, DateTimeOffset PublishedAt)
{
    /// <summary>The author marked the text as holding personal data: GDPR erasure blanks it.</summary>
    public bool Personal { get; init; }

    /// <summary>Set when the post was written in the theme's Teams channel and imported.</summary>
    public FromTeams? Teams { get; init; }

    /// <summary>The members the text mentions (an imported Teams message's @mentions).</summary>
    public IReadOnlyList<Guid> Mentions { get; init; } = [];
}
public record PostEdited(Guid PostId, Guid ThemeId, string Text, Guid EditedBy, DateTimeOffset EditedAt)
{
    /// <summary>The author marked the text as holding personal data: GDPR erasure blanks it.</summary>
    public bool Personal { get; init; }

    /// <summary>Set when the edit was made in Teams and imported.</summary>
    public FromTeams? Teams { get; init; }

    public IReadOnlyList<Guid> Mentions { get; init; } = [];
}
public record PostRetracted(Guid PostId, Guid ThemeId, Guid RetractedBy, DateTimeOffset RetractedAt)
{
    /// <summary>Set when the message was deleted in Teams.</summary>
    public FromTeams? Teams { get; init; }
}
/// <summary>The secretariat hid the post; naming the post names its author, who is told through their own view of it.</summary>
public record PostHidden(Guid PostId, Guid ThemeId, string Reason, Guid HiddenBy, DateTimeOffset HiddenAt);
public record PostRestored(Guid PostId, Guid ThemeId, Guid RestoredBy, DateTimeOffset RestoredAt);

/// <summary>
/// One post is one stream, so people writing in a busy theme never contend for the same stream version.
/// Edits and retractions stay in the stream as history; this state shows only the latest text.
/// </summary>
public sealed record Post(
    Guid Id, Guid ThemeId, Guid ThreadId, Guid? ReplyTo, Guid AuthorId, string? Text,
    DateTimeOffset PublishedAt, DateTimeOffset? EditedAt, DateTimeOffset? RetractedAt, int Version) : IThemeItem
{
    public bool IsRetracted => RetractedAt is not null;

    /// <summary>Its author marked it as holding personal data.</summary>
    public bool Personal { get; init; }

    /// <summary>Set while the secretariat has hidden the post: then only its author and the secretariat see it.</summary>
    public Hiding? Hidden { get; init; }

    /// <summary>The Teams message the post was imported from, as of the latest change imported.</summary>
    public FromTeams? Teams { get; init; }

    public IReadOnlyList<Guid> Mentions { get; init; } = [];

    public static Post Create(PostPublished e) =>
        new(e.PostId, e.ThemeId, e.ThreadId, e.ReplyTo, e.AuthorId, e.Text, e.PublishedAt, null, null, 1)
        {
            Personal = e.Personal, Teams = e.Teams, Mentions = e.Mentions
        };

    public static Post Apply(PostEdited e, Post p) => p with { Text = e.Text, EditedAt = e.EditedAt, Teams = e.Teams ?? p.Teams, Mentions = e.Mentions };

    public static Post Apply(PostRetracted e, Post p) => p with { Text = null, RetractedAt = e.RetractedAt, Teams = e.Teams ?? p.Teams };

    public static Post Apply(PostHidden e, Post p) => p with { Hidden = new Hiding(e.Reason, e.HiddenAt) };

    public static Post Apply(PostRestored e, Post p) => p with { Hidden = null };
}
