using Politikerforum.Domain;
using Politikerforum.Domain.Applications;
using Politikerforum.Domain.Commands;
using Politikerforum.Integrations.Teams.People;
using Politikerforum.Integrations.Teams.Protocol;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>
/// "deltag &lt;organisation&gt;": someone who is not a member asks to join, under the Entra object id Teams names them by.
/// The secretariat decides; asked in a 1:1 chat, the bot tells them there when they are let in.
/// </summary>
public static class Join
{
    public static async Task RunAsync(BotTurn turn, Actor actor, string argument)
    {
        var outcome = await turn.RunAsync(actor, new ApplyForMembership(turn.Activity.From?.Name ?? "", argument));
        if (outcome is Refusal refusal)
        {
            await turn.ReplyAsync(Answers.Of(refusal));
            return;
        }
        if (turn.Activity.IsPersonal()) turn.Session.Store(new ApplicationConversation(((Done)outcome).Id, turn.ConversationId));
        await turn.ReplyAsync("Tak for din ansøgning om at blive medlem af Politikerforum. Sekretariatet behandler den og vender tilbage til dig.");
    }
}
