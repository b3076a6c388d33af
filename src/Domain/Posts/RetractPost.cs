using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record RetractPost([property: JsonIgnore] Guid PostId) : ICommand;

public static class Retracting
{
    public static Refusal? Refuses(Post? post, Theme? theme, Actor actor) => Editing.RefusesAuthor(post, theme, actor, "trække dine egne indlæg tilbage");

    public static PostRetracted Decide(Post post, Actor actor, DateTimeOffset now) => new(post.Id, post.ThemeId, actor.Id, now);
}

public static class RetractPostHandler
{
    public static Task<ItemStream<Post>> LoadAsync(RetractPost command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Post>(command.PostId, ct);

    public static Outcome Handle(RetractPost command, ItemStream<Post> post, Actor actor, TimeProvider clock) =>
        Retracting.Refuses(post.Item, post.Theme, actor) ?? (Outcome)post.Append(Retracting.Decide(post.Item!, actor, clock.GetUtcNow()));
}
