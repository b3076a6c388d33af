using Marten;
using Politikerforum.Integrations.Teams.Cards;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.People;

/// <summary>
/// The bot was added to a conversation: greet it, once. Teams tells of one installation twice (a
/// <c>conversationUpdate</c> and an <c>installationUpdate</c>), and tells again after a reinstall; greetings for one
/// conversation go through its thread's queue one after the other, so only the first finds it ungreeted.
/// </summary>
public sealed record GreetConversation(string ConversationId, Activity Greeting) : ITeamsDelivery
{
    public string Thread => ConversationId;

    public static GreetConversation For(Activity installed) =>
        new(installed.Conversation!.Id, installed.ReplyTo(null, WelcomeCard.Build(installed.TeamsChannelId() is not null).ToAttachment()) with { ReplyToId = null });
}

/// <summary>That the bot greeted a conversation, and when.</summary>
public sealed record Greeted(string Id, DateTimeOffset At);

public static class GreetConversationHandler
{
    public static async Task<SendActivity?> Handle(GreetConversation message, IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<Greeted>(message.ConversationId, ct) is not null) return null;
        session.Store(new Greeted(message.ConversationId, clock.GetUtcNow()));
        return new SendActivity(message.ConversationId, message.Greeting);
    }
}
