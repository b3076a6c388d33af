using System.Diagnostics.CodeAnalysis;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

/// <summary>Who may see a post: whoever sees its theme, unless the secretariat hid it (<see cref="Moderating"/>).</summary>
public static class PostAccess
{
    /// <summary>Whether the actor may read the post at all, hidden or not; false for an unknown post, which is answered alike.</summary>
    public static bool CanSee([NotNullWhen(true)] this Theme? theme, [NotNullWhen(true)] Post? post, Actor actor) =>
        post is not null && theme.CanSee(actor) && Moderating.CanSee(post.Hidden, post.AuthorId, actor);
}
