using Marten;
using Politikerforum.Integrations.Teams.Outbound;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.People;

/// <summary>Where someone applied in a 1:1 chat with the bot, so the bot can tell them there when they are let in.</summary>
public sealed record ApplicationConversation(Guid Id, string ConversationId);

/// <summary>The secretariat approved an application; its applicant is a member now.</summary>
public sealed record WelcomeNewMember(Guid ApplicationId, Guid MemberId);

public static class WelcomeNewMemberHandler
{
    public const string Welcome = "Velkommen i Politikerforum! Sekretariatet har godkendt din ansøgning, og du er nu medlem. Skriv hjælp for at se, hvad du kan her.";

    public static async Task<SendActivity?> Handle(WelcomeNewMember message, IDocumentSession session, CancellationToken ct)
    {
        if (await session.LoadAsync<ApplicationConversation>(message.ApplicationId, ct) is not { } applied) return null;
        session.Delete(applied);
        return new SendActivity(applied.ConversationId, new Activity { Type = ActivityTypes.Message, Text = Welcome });
    }
}
