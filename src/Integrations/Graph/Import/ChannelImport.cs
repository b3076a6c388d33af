using Marten;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Posts;
using Politikerforum.Integrations.Graph.Subscriptions;

namespace Politikerforum.Integrations.Graph.Import;

/// <summary>
/// One Teams message, as Graph shows it now, made into the forum's command: the writer found in the registry by
/// <c>from.user.id</c> (else "ukendt Teams-bruger"), the body reduced to text, and the message id with its change as the
/// idempotency key — so a notification and a catch-up that both see the same change write it once.
/// </summary>
public sealed class ChannelImport(IQuerySession session, ForumCommands commands, RegistryCache registry, ILogger<ChannelImport> log)
{
    /// <returns>The channel with the import noted (for the status page), or unchanged when nothing was for the forum.</returns>
    public async Task<WatchedChannel> ImportAsync(WatchedChannel channel, ChatMessage message, DateTimeOffset now, CancellationToken ct)
    {
        if (!IsDiscussion(message) || message.Id is not { } messageId) return channel;
        // Through the registry the host remembers, as the HTTP door and the bot do: a busy channel does not ask the
        // registry for every message, and an erasure or a departure is known at the very next one.
        var actor = await ActorIdentity.InRegistryAsync(session, message.From?.User?.Id, ct, registry) ?? UnknownTeamsUser.Actor;
        var text = MessageText.Of(message, await MentionedMembersAsync(message, ct));
        var written = message.CreatedDateTime ?? now;
        var changed = message.LastModifiedDateTime ?? message.DeletedDateTime ?? written;
        var deleted = message.DeletedDateTime is not null;
        var command = new ImportTeamsMessage(messageId, message.ReplyToId, deleted ? "" : text.Text, text.Mentions, written, changed, deleted)
        {
            ThemeId = channel.ThemeId, ChannelId = channel.Id
        };
        var key = $"graph:{channel.Id}:{messageId}:{changed.UtcTicks}{(deleted ? ":deleted" : "")}";
        var outcome = await commands.RunAsync(actor, command, key, ct);
        if (outcome is Refusal refusal)
            log.LogInformation("Teams message {MessageId} in channel {ChannelId} was not imported: {Kind}", messageId, channel.Id, refusal.Kind);
        return channel with { LastImportAt = now, LastLag = now - changed };
    }

    /// <summary>
    /// What people wrote. Not Teams' system messages (someone joined, the channel was renamed), and not what an app
    /// posted: the forum's own bot's notices are the forum's events already, and another app is nobody's contribution.
    /// </summary>
    public static bool IsDiscussion(ChatMessage message) =>
        message.MessageType is null or ChatMessageType.Message && message.From?.Application is null;

    private async Task<IReadOnlyDictionary<string, Guid>> MentionedMembersAsync(ChatMessage message, CancellationToken ct)
    {
        var objectIds = (message.Mentions ?? []).Select(m => m.Mentioned?.User?.Id).OfType<string>().Distinct().ToArray();
        if (objectIds.Length == 0) return new Dictionary<string, Guid>();
        var members = await session.Query<Member>().Where(m => m.EntraObjectId.IsOneOf(objectIds) && m.LeftAt == null).ToListAsync(ct);
        return members.ToDictionary(m => m.EntraObjectId!, m => m.Id);
    }
}
