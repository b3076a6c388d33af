using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Teams.Inbound.Commands;

/// <summary>
/// "hurtig handling &lt;begrundelse&gt;" and "normalt tempo": the channel's theme changes pace by the same rules as over
/// the API — at once by the secretariat, or when participants from two levels ask for it.
/// </summary>
public static class ChangePace
{
    /// <summary>From Teams, urgency is asked for a week at a time; over the API the caller chooses the end, up to 30 days.</summary>
    public static readonly TimeSpan UrgentFor = TimeSpan.FromDays(7);

    public static Task UrgentAsync(BotTurn turn, Actor actor, string argument) =>
        SwitchAsync(turn, actor, theme => new SwitchPace(Pace.Urgent, argument, turn.Now + UrgentFor) { ThemeId = theme });

    public static Task NormalAsync(BotTurn turn, Actor actor, string argument) =>
        SwitchAsync(turn, actor, theme => new SwitchPace(Pace.Normal, null, null) { ThemeId = theme });

    private static Task SwitchAsync(BotTurn turn, Actor actor, Func<Guid, SwitchPace> command) => turn.InLinkedThemeAsync(async theme =>
    {
        var outcome = await turn.RunAsync(actor, command(theme.Id));
        await turn.ReplyAsync(outcome switch
        {
            Refusal refusal => Answers.Of(refusal),
            Done done => Answers.MessageOf(done.Answer) ?? "Temaets tempo er skiftet.",
            _ => throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.")
        });
    });
}
