using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Search;
using Politikerforum.Domain.Themes;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;
using Wolverine;

namespace Politikerforum.Integrations.Teams.Inbound;

/// <summary>
/// One activity from Teams being answered. What the bot says back is published on the turn's own message bus, which
/// the turn's Marten session enlisted in its transaction: the deliveries are stored with the turn's writes and leave
/// only after they commit, so <c>/api/messages</c> answers at once and a crash loses no reply. Commands go to
/// <see cref="ForumCommands"/> with the activity id as the idempotency key: Teams' retry of the activity writes nothing
/// twice and gets the same answer.
/// </summary>
public sealed class BotTurn(
    Activity activity, IMessageBus bus, IDocumentSession session, ForumCommands commands, ForumSearch search, TimeProvider clock, RegistryCache registry)
{
    public Activity Activity { get; } = activity;
    public IDocumentSession Session { get; } = session;
    public ForumSearch Search { get; } = search;
    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Who is speaking, by their Entra object id: as every door asks the registry, through the host's remembered answers.</summary>
    public Task<Actor?> SpeakerInRegistryAsync() =>
        ActorIdentity.InRegistryAsync(Session, Activity.From?.AadObjectId, CancellationToken.None, registry);

    /// <summary>The conversation the activity came from; the dispatch starts a turn only for activities that name one.</summary>
    public string ConversationId => Activity.Conversation!.Id;

    public Task<Outcome> RunAsync(Actor actor, ICommand command) => commands.RunAsync(actor, command, Activity.Id, CancellationToken.None);

    /// <summary>The theme whose channel the activity came from, if the channel is linked to one.</summary>
    public async Task<Theme?> LinkedThemeAsync() =>
        Activity.TeamsChannelId() is { } channel ? await LinkingTeamsChannels.HolderAsync(Session, channel, CancellationToken.None) : null;

    /// <summary>Does what a command does in the channel's theme; outside a linked channel, says so.</summary>
    public async Task InLinkedThemeAsync(Func<Theme, Task> act)
    {
        if (await LinkedThemeAsync() is { } theme) await act(theme);
        else await ReplyAsync(Answers.NotLinked);
    }

    public ValueTask ReplyAsync(Activity reply) => bus.PublishAsync(new SendActivity(ConversationId, reply, Activity.Id));

    public ValueTask ReplyAsync(AdaptiveCard card) => ReplyAsync(Activity.ReplyTo(null, card.ToAttachment()));

    public ValueTask ReplyAsync(string text) => ReplyAsync(Activity.ReplyTo(text));

    /// <summary>
    /// An answer for the speaker's eyes only: in their 1:1 chat with the bot a reply; elsewhere in a 1:1 chat the bot
    /// starts with them, so nobody else in a channel learns what they did.
    /// </summary>
    public ValueTask ReplyPrivatelyAsync(string? text, AdaptiveCard? card = null)
    {
        Attachment[] attachments = card is null ? [] : [card.ToAttachment()];
        if (Activity.IsPersonal()) return ReplyAsync(Activity.ReplyTo(text, attachments));
        var parameters = ConversationParameters.Personal(Activity.From!.Id, Activity.Conversation?.TenantId ?? Activity.ChannelData?.Tenant?.Id ?? "")
            with { Bot = Activity.Recipient };
        var message = new Activity { Type = ActivityTypes.Message, Text = text, Attachments = attachments.Length > 0 ? attachments : null };
        return bus.PublishAsync(new StartConversation(Activity.ServiceUrl!, parameters) { Then = [new FollowUp(message)] });
    }

    public ValueTask UpdateAsync(string activityId, Activity replacement) => bus.PublishAsync(new UpdateActivity(ConversationId, activityId, replacement));

    public ValueTask PublishAsync(object message) => bus.PublishAsync(message);
}
