using Politikerforum.Domain;
using Politikerforum.Domain.Decisions;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// A proposal and where it stands: the live tally per level, and while it is open the three position buttons.
/// The card everyone sees carries no one's position; its <c>refresh</c> makes Teams fetch, for each participant named,
/// the same card with their own position in it (<see cref="CardVerbs.ShowDecision"/>).
/// </summary>
public static class DecisionCard
{
    /// <param name="yours">The viewer's own position, on the card fetched for them; null on the card everyone sees.</param>
    /// <param name="refreshFor">Teams user ids (29:…) of the participants whose card refreshes by itself; Teams takes at most 60.</param>
    public static AdaptiveCard Build(DecisionDetail decision, string themeTitle, Position? yours, IReadOnlyList<string> refreshFor)
    {
        List<CardElement> body =
        [
            new TextBlock($"Forslag: {decision.Title}") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"Tema: {themeTitle}") { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(Danish.Shorten(decision.Proposal, 1_500)),
            new FactSet(
            [
                new Fact("Frist", Danish.Time(decision.Deadline)),
                new Fact("Status", Danish.Of(decision.Status)),
                new Fact("Niveauer, der skal tage stilling",
                    decision.RequiredLevels.Count == 0 ? "Alle, der deltager" : string.Join(", ", decision.RequiredLevels.Select(Danish.Label)))
            ]) { Separator = true },
            new TextBlock("Stillingtagen pr. niveau") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium },
            new FactSet([.. Levels.All.Select(level => new Fact(Danish.Label(level), Count(decision.TallyPerLevel[level]))), new Fact("I alt", Count(decision.Tally))])
        ];
        if (decision.Rationale is { } rationale) body.Add(new TextBlock($"Begrundelse: {Danish.Shorten(rationale, 600)}") { Separator = true });
        if (yours is { } position)
            body.Add(new Container([new TextBlock($"Din holdning: {Danish.Of(position)}") { Weight = TextWeight.Bolder }]) { Style = ContainerStyle.Emphasis });
        return new AdaptiveCard(body)
        {
            Actions = decision.Status == DecisionStatus.Open ? Buttons(decision.Id) : null,
            Refresh = new CardRefresh(CardVerbs.Button("Vis min holdning", CardVerbs.ShowDecision, (CardVerbs.Decision, decision.Id)))
            {
                UserIds = [.. refreshFor.Take(60)]
            },
            Speak = $"Forslag: {decision.Title}. {Danish.Of(decision.Status)}."
        };
    }

    private static IReadOnlyList<CardAction> Buttons(Guid decision) =>
    [
        PositionButton("Støtter", decision, Position.Support) with { Style = ActionStyle.Positive },
        PositionButton("Imod", decision, Position.Object) with { Style = ActionStyle.Destructive },
        PositionButton("Undlader", decision, Position.Abstain)
    ];

    private static ExecuteAction PositionButton(string title, Guid decision, Position position) =>
        CardVerbs.Button(title, CardVerbs.TakePosition, (CardVerbs.Decision, decision), (CardVerbs.Position, Wire(position)));

    /// <summary>A position as the API spells it, so the card's data reads like the API's body.</summary>
    public static string Wire(Position position) => position.ToString().ToLowerInvariant();

    private static string Count(Tally tally) => $"{tally.Support} støtter · {tally.Object} imod · {tally.Abstain} undlader";
}
