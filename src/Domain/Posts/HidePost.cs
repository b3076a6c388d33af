using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record HidePost(
    [property: Required(ErrorMessage = "Angiv, hvorfor indholdet skjules."), StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    string Reason) : ICommand
{
    [JsonIgnore] public Guid PostId { get; init; }
}

/// <summary>The secretariat hides a post with a reason; only its author and the secretariat see it then.</summary>
public static class HidingPosts
{
    public static Refusal? Refuses(Post? post, Theme? theme, Actor actor) =>
        Moderating.RefusesHiding(theme.CanSee(post, actor), post?.Hidden, actor, "Indlægget");

    public static PostHidden Decide(Post post, HidePost command, Actor actor, DateTimeOffset now) =>
        new(post.Id, post.ThemeId, command.Reason.Trim(), actor.Id, now);
}

public static class HidePostHandler
{
    public static Task<ItemStream<Post>> LoadAsync(HidePost command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Post>(command.PostId, ct);

    public static Outcome Handle(HidePost command, ItemStream<Post> post, Actor actor, TimeProvider clock) =>
        HidingPosts.Refuses(post.Item, post.Theme, actor) ?? (Outcome)post.Append(HidingPosts.Decide(post.Item!, command, actor, clock.GetUtcNow()));
}
