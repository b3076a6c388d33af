using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record PublishPost(
    [property: Required(ErrorMessage = "Indlægget skal have en tekst."), StringLength(20_000, ErrorMessage = "Et indlæg må højst være 20.000 tegn.")]
    string Text,
    Guid? ReplyTo)
{
    /// <summary>The text holds personal data (about the author or others): it is blanked if the author is erased.</summary>
    public bool Personal { get; init; }
}

public static class Publishing
{
    public static Refusal? Refuses(Theme theme, Post? replyTo, PublishPost command, Actor actor) =>
        ThemeWork.RefusesContribution(theme, actor, "skrive indlæg")
        // A post hidden from the actor is answered as if it did not exist.
        ?? (command.ReplyTo is not null && (replyTo is null || replyTo.ThemeId != theme.Id || !Moderating.CanSee(replyTo.Hidden, replyTo.AuthorId, actor))
            ? Refusal.Invalid("Indlægget, der svares på, findes ikke i dette tema.")
        : replyTo is { IsRetracted: true } ? Refusal.Conflict("Indlægget, der svares på, er trukket tilbage.")
        : null);

    public static PostPublished Decide(Guid postId, Theme theme, Post? replyTo, PublishPost command, Actor actor, DateTimeOffset now) =>
        new(postId, theme.Id, replyTo?.ThreadId ?? postId, replyTo?.Id, command.Text.Trim(), actor.Id, now) { Personal = command.Personal };
}
