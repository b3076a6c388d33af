using Marten;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

/// <summary>
/// A post as every door shows it. <see cref="Text"/> is null once the post is retracted; <see cref="Hidden"/> says
/// why the secretariat hid it, and is seen only by those who may still read a hidden post. <see cref="Author"/> is the
/// author with their id and name, as every view shows a person (<see cref="ShownActor"/>).
/// </summary>
public sealed record PostView(
    Guid Id, Guid ThemeId, Guid ThreadId, Guid? ReplyTo, ShownActor Author, string? Text,
    DateTimeOffset PublishedAt, DateTimeOffset? EditedAt, DateTimeOffset? RetractedAt, int Version, bool Personal, Hiding? Hidden)
{
    public bool IsRetracted => RetractedAt is not null;

    /// <param name="names">Loaded for the posts' authors.</param>
    public static PostView Of(Post p, ActorNames names) =>
        new(p.Id, p.ThemeId, p.ThreadId, p.ReplyTo, names.Person(p.AuthorId), p.Text, p.PublishedAt, p.EditedAt, p.RetractedAt, p.Version,
            p.Personal, p.Hidden);

    public static async Task<IReadOnlyList<PostView>> ShowAsync(IQuerySession session, IReadOnlyList<Post> posts, CancellationToken ct)
    {
        var names = await ActorNames.LoadAsync(session, posts.Select(p => p.AuthorId), ct);
        return [.. posts.Select(p => Of(p, names))];
    }
}

public static class PostReads
{
    /// <summary>Null for an unknown post and for one the actor may not see alike: both are answered as unknown.</summary>
    public static async Task<PostView?> GetAsync(IQuerySession session, Guid id, Actor actor, CancellationToken ct) =>
        await session.VisibleAsync<Post>(id, actor, ct) is var (post, theme) && theme.CanSee(post, actor)
            ? (await PostView.ShowAsync(session, [post], ct))[0]
            : null;

    /// <summary>
    /// The posts of a theme, oldest first; replies carry their thread and the post they answer. Hidden posts are
    /// left out, except for their author and the secretariat. Null when the actor may not see the theme.
    /// </summary>
    public static async Task<Page<PostView>?> ListAsync(IQuerySession session, Guid themeId, Actor actor, Guid? after, int? limit, CancellationToken ct)
    {
        if (!(await session.LoadAsync<Theme>(themeId, ct)).CanSee(actor)) return null;
        var query = session.Query<Post>().Where(p => p.ThemeId == themeId).ShownTo(actor);
        if (after is { } cursor) query = query.Where(p => p.Id > cursor);
        var page = await Page.FetchAsync(query.OrderBy(p => p.Id), limit, p => p.Id.ToString(), ct);
        return new Page<PostView>(await PostView.ShowAsync(session, page.Items, ct), page.Next);
    }
}
