using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record RestorePost([property: JsonIgnore] Guid PostId) : ICommand;

/// <summary>The secretariat makes a hidden post visible again.</summary>
public static class RestoringPosts
{
    public static Refusal? Refuses(Post? post, Theme? theme, Actor actor) =>
        Moderating.RefusesRestoring(theme.CanSee(post, actor), post?.Hidden, actor, "Indlægget");

    public static PostRestored Decide(Post post, Actor actor, DateTimeOffset now) => new(post.Id, post.ThemeId, actor.Id, now);
}

public static class RestorePostHandler
{
    public static Task<ItemStream<Post>> LoadAsync(RestorePost command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Post>(command.PostId, ct);

    public static Outcome Handle(RestorePost command, ItemStream<Post> post, Actor actor, TimeProvider clock) =>
        RestoringPosts.Refuses(post.Item, post.Theme, actor) ?? (Outcome)post.Append(RestoringPosts.Decide(post.Item!, actor, clock.GetUtcNow()));
}
