using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>
/// "besked ved hurtig handling" and "ingen besked ved hurtig handling": the member's own choice of 1:1 notices from
/// themes in urgent pace. The bot reaches them in their 1:1 chat with it, or starts one.
/// </summary>
public static class ChooseNotices
{
    public static Task OnAsync(BotTurn turn, Actor actor, string argument) => ChooseAsync(turn, actor, true);

    public static Task OffAsync(BotTurn turn, Actor actor, string argument) => ChooseAsync(turn, actor, false);

    private static async Task ChooseAsync(BotTurn turn, Actor actor, bool notify)
    {
        var outcome = await turn.RunAsync(actor, new ChooseUrgentNotices(notify) { MemberId = actor.MemberId ?? Guid.Empty });
        await turn.ReplyAsync(outcome is Refusal refusal ? Answers.Of(refusal)
            : notify ? "Du får nu besked i en privat chat med mig, når et tema, du deltager i, er i hurtig handling."
            : "Du får ikke længere private beskeder ved hurtig handling. Nyhederne kommer stadig i temaernes kanaler.");
    }
}
