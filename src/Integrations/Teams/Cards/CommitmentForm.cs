using Politikerforum.Domain;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"tilsagn": a promise on behalf of your body to another level, or to the forum, by a date.</summary>
public static class CommitmentForm
{
    public static AdaptiveCard Build(Guid theme, string themeTitle, DateOnly today) => new(
    [
        Forms.Heading("Giv et tilsagn"),
        Forms.OfTheme(themeTitle),
        new TextBlock("Et tilsagn gives på vegne af din myndighed til et andet niveau eller til forummet som helhed.") { IsSubtle = true },
        Forms.Text("what", "Hvad giver du tilsagn om?", 2_000, "Beskriv tilsagnet.", multiline: true),
        new ChoiceSetInput("toLevel", "Til hvem?",
            [.. Levels.All.Select(level => new Choice(Danish.Label(level), Forms.Wire(level))), new Choice("Forummet som helhed", "forum")])
        {
            Style = ChoiceStyle.Compact, Value = "forum"
        },
        new DateInput("dueOn", "Senest") { Min = today.AddDays(1), IsRequired = true, ErrorMessage = "Vælg en dato efter i dag." }
    ])
    {
        Actions = [Forms.Submit("Giv tilsagnet", CardVerbs.MakeCommitment, theme)],
        Speak = "Formular: giv et tilsagn."
    };
}
