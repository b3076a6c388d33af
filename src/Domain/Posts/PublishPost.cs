using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record PublishPost(
    [property: Required(ErrorMessage = "Indlægget skal have en tekst."), StringLength(20_000, ErrorMessage = "Et indlæg må højst være 20.000 tegn.")]
    string Text,
    Guid? ReplyTo) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }

    /// <summary>The text holds personal data (about the author or others): it is blanked if the author is erased.</summary>
    public bool Personal { get; init; }
}

public static class Publishing
{
    public static Refusal? Refuses(Theme? theme, Post? replyTo, PublishPost command, Actor actor) =>
        ThemeWork.RefusesContribution(theme, actor, "skrive indlæg")
        // A post hidden from the actor is answered as if it did not exist.
        ?? (command.ReplyTo is not null && (replyTo is null || replyTo.ThemeId != theme!.Id || !Moderating.CanSee(replyTo.Hidden, replyTo.AuthorId, actor))
            ? Refusal.Invalid("Indlægget, der svares på, findes ikke i dette tema.")
        : replyTo is { IsRetracted: true } ? Refusal.Conflict("Indlægget, der svares på, er trukket tilbage.")
        : null);

    public static PostPublished Decide(Guid postId, Theme theme, Post? replyTo, PublishPost command, Actor actor, DateTimeOffset now) =>
        new(postId, theme.Id, replyTo?.ThreadId ?? postId, replyTo?.Id, command.Text.Trim(), actor.Id, now) { Personal = command.Personal };
}

/// <summary>Each post starts its own stream: the theme's stream is only read, never written, when people post.</summary>
public static class PublishPostHandler
{
    public static async Task<(Theme?, Post?)> LoadAsync(PublishPost command, IDocumentSession session, CancellationToken ct)
    {
        await session.OneConnectionAsync(ct);
        return (await session.LoadAsync<Theme>(command.ThemeId, ct), command.ReplyTo is { } replyTo ? await session.LoadAsync<Post>(replyTo, ct) : null);
    }

    public static Outcome Handle(PublishPost command, Theme? theme, Post? replyTo, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (Publishing.Refuses(theme, replyTo, command, actor) is { } refusal) return refusal;
        var published = Publishing.Decide(Guid.CreateVersion7(), theme!, replyTo, command, actor, clock.GetUtcNow());
        session.Events.StartStream<Post>(published.PostId, published);
        return new Done(published.PostId, 1);
    }
}
