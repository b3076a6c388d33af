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
        Refuses(theme is null ? null : ThemeStanding.Of(theme, actor), replyTo, command, actor);

    public static Refusal? Refuses(ThemeStanding? theme, Post? replyTo, PublishPost command, Actor actor) =>
        ThemeWork.RefusesContribution(theme, actor, "skrive indlæg")
        // A post hidden from the actor is answered as if it did not exist.
        ?? (command.ReplyTo is not null && (replyTo is null || replyTo.ThemeId != theme!.Id || !Moderating.CanSee(replyTo.Hidden, replyTo.AuthorId, actor))
            ? Refusal.Invalid("Indlægget, der svares på, findes ikke i dette tema.")
        : replyTo is { IsRetracted: true } ? Refusal.Conflict("Indlægget, der svares på, er trukket tilbage.")
        : null);

    public static PostPublished Decide(Guid postId, Guid themeId, Post? replyTo, PublishPost command, Actor actor, DateTimeOffset now) =>
        new(postId, themeId, replyTo?.ThreadId ?? postId, replyTo?.Id, command.Text.Trim(), actor.Id, now) { Personal = command.Personal };
}

/// <summary>Each post starts its own stream: the theme's stream is only read, never written, when people post.</summary>
public static class PublishPostHandler
{
    /// <returns>What the rules need of the theme (not the theme: <see cref="ThemeStanding"/>), and the post replied to.</returns>
    public static async Task<(ThemeStanding?, Post?)> LoadAsync(PublishPost command, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        // One round trip, on the connection the write goes through.
        await session.OneConnectionAsync(ct);
        var batch = session.CreateBatchQuery();
        var theme = ThemeStanding.Of(batch, command.ThemeId, actor);
        var replyTo = command.ReplyTo is { } id ? batch.Load<Post>(id) : Task.FromResult<Post?>(null);
        await batch.Execute(ct);
        return ((await theme).SingleOrDefault(), await replyTo);
    }

    public static Outcome Handle(PublishPost command, ThemeStanding? theme, Post? replyTo, Actor actor, IDocumentSession session, TimeProvider clock)
    {
        if (Publishing.Refuses(theme, replyTo, command, actor) is { } refusal) return refusal;
        var published = Publishing.Decide(Guid.CreateVersion7(), theme!.Id, replyTo, command, actor, clock.GetUtcNow());
        session.Events.StartStream<Post>(published.PostId, published);
        return new Done(published.PostId, 1);
    }
}
