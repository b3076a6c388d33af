using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

/// <summary>The secretariat hides a post with a reason, and may make it visible again.</summary>
public static class HidingPosts
{
    private static readonly Refusal Unknown = Refusal.NotFound("Indlægget findes ikke.");

    public static Refusal? Refuses(Post post, Theme theme, Actor actor) =>
        Moderating.RefusesHiding(theme.CanSee(actor), post.Hidden, actor, Unknown, "Indlægget");

    public static Refusal? RefusesRestoring(Post post, Theme theme, Actor actor) =>
        Moderating.RefusesRestoring(theme.CanSee(actor), post.Hidden, actor, Unknown, "Indlægget");

    public static PostHidden Decide(Post post, HideItem command, Actor actor, DateTimeOffset now) =>
        new(post.Id, post.ThemeId, command.Reason.Trim(), actor.Id, now);

    public static PostRestored Restore(Post post, Actor actor, DateTimeOffset now) => new(post.Id, post.ThemeId, actor.Id, now);

    /// <summary>Whether the actor may read the post at all, hidden or not.</summary>
    public static bool CanSee(this Theme theme, Post post, Actor actor) =>
        theme.CanSee(actor) && Moderating.CanSee(post.Hidden, post.AuthorId, actor);
}
