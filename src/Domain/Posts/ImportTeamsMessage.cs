using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

/// <summary>
/// A message in a theme's Teams channel, as Microsoft Graph shows it now: written, changed or deleted. The Graph import
/// sends it with the message's writer as the actor (<see cref="UnknownTeamsUser"/> when the registry does not know
/// them), and the message id with its change as the idempotency key.
/// </summary>
/// <param name="ParentMessageId">The thread's first message, when this is a reply.</param>
/// <param name="Text">The message reduced to plain text; empty once deleted.</param>
/// <param name="Mentions">The members the message @mentions.</param>
/// <param name="WrittenAt">Teams' <c>createdDateTime</c>.</param>
/// <param name="ChangedAt">Teams' <c>lastModifiedDateTime</c>: which of two sightings of a message is the newer.</param>
public record ImportTeamsMessage(
    [property: Required(ErrorMessage = "Beskedens id skal angives."), StringLength(200, ErrorMessage = "Beskedens id må højst være 200 tegn.")]
    string MessageId,
    [property: StringLength(200, ErrorMessage = "Trådens id må højst være 200 tegn.")]
    string? ParentMessageId,
    [property: StringLength(20_000, ErrorMessage = "Et indlæg må højst være 20.000 tegn.")]
    string Text,
    IReadOnlyList<Guid> Mentions,
    DateTimeOffset WrittenAt,
    DateTimeOffset ChangedAt,
    bool Deleted) : ICommand
{
    [JsonIgnore] public Guid ThemeId { get; init; }

    /// <summary>The channel the message was written in; it must be the theme's.</summary>
    [JsonIgnore] public string ChannelId { get; init; } = "";
}

/// <summary>
/// Each Teams message becomes one post, whatever order and however often its changes arrive: a change older than (or
/// as old as) the one already imported changes nothing, so the newest text always wins, once.
/// </summary>
public static class ImportingTeamsMessages
{
    public static Refusal? Refuses(Theme? theme, ImportTeamsMessage command, Actor actor) =>
        theme?.TeamsChannel is not { } channel || channel.ChannelId != command.ChannelId
            ? Refusal.NotFound("Kanalen er ikke knyttet til temaet.")
        : actor.Id == Guid.Empty ? Refusal.Forbidden("En besked fra Teams skal have en afsender: et medlem, sekretariatet eller en ukendt Teams-bruger.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så beskeder fra Teams hentes ikke længere ind.")
        : !command.Deleted && string.IsNullOrWhiteSpace(command.Text) ? Refusal.Invalid("Beskeden fra Teams har ingen tekst, der kan vises.")
        : null;

    /// <returns>The event that brings the post up to this change, or null when there is nothing new.</returns>
    /// <param name="parent">The thread's first post, if it was imported; a reply to anything else (the bot's own notice) starts a thread.</param>
    public static object? Decide(Guid postId, Post? post, Post? parent, Theme theme, ImportTeamsMessage command, Actor actor)
    {
        var teams = new FromTeams(command.ChannelId, command.MessageId, command.ChangedAt);
        var text = command.Text.Trim();
        if (post is null)
            return command.Deleted ? null
                : new PostPublished(postId, theme.Id, parent?.ThreadId ?? postId, parent?.Id, text, actor.Id, command.WrittenAt)
                {
                    Teams = teams, Mentions = command.Mentions
                };
        if (post.Teams is { } seen && command.ChangedAt <= seen.ChangedAt) return null;
        if (post.IsRetracted) return null;
        if (command.Deleted) return new PostRetracted(post.Id, post.ThemeId, actor.Id, command.ChangedAt) { Teams = teams };
        return text == post.Text ? null
            : new PostEdited(post.Id, post.ThemeId, text, actor.Id, command.ChangedAt) { Personal = post.Personal, Teams = teams, Mentions = command.Mentions };
    }
}

public static class ImportTeamsMessageHandler
{
    public static async Task<(ItemStream<Post>, Theme?, Post?)> LoadAsync(ImportTeamsMessage command, IDocumentSession session, CancellationToken ct)
    {
        // Locked, so two sightings of the same message are judged one after the other, even on two nodes.
        var post = await session.FetchForWritingAsync<Post>(FromTeams.PostIdOf(command.ChannelId, command.MessageId), ct);
        var parent = command.ParentMessageId is { } parentId ? await session.LoadAsync<Post>(FromTeams.PostIdOf(command.ChannelId, parentId), ct) : null;
        return (post, await session.LoadAsync<Theme>(command.ThemeId, ct), parent);
    }

    public static Outcome Handle(ImportTeamsMessage command, ItemStream<Post> post, Theme? theme, Post? parent, Actor actor)
    {
        if (ImportingTeamsMessages.Refuses(theme, command, actor) is { } refusal) return refusal;
        return ImportingTeamsMessages.Decide(post.Stream.Id, post.Item, parent, theme!, command, actor) is { } decided
            ? post.Append(decided)
            : new Done(post.Stream.Id, post.Stream.CurrentVersion ?? 0);
    }
}
