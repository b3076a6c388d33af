namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"forslag": a proposal the forum takes positions on, with its deadline (Danish time).</summary>
public static class DecisionForm
{
    public static AdaptiveCard Build(Guid theme, string themeTitle, DateOnly today) => new(
    [
        Forms.Heading("Stil et forslag"),
        Forms.OfTheme(themeTitle),
        Forms.Text("title", "Titel", 200, "Giv forslaget en titel."),
        Forms.Text("proposal", "Forslaget", 20_000, "Skriv forslaget.", multiline: true),
        new DateInput("deadlineDate", "Frist for at tage stilling (dato)") { Min = today, IsRequired = true, ErrorMessage = "Vælg en dato." },
        new TimeInput("deadlineTime", "Klokkeslæt (dansk tid)") { Value = "12:00", IsRequired = true, ErrorMessage = "Vælg et klokkeslæt." },
        new TextBlock("I normalt tempo skal fristen ligge mindst to døgn ude; i hurtig handling er en time nok.") { IsSubtle = true, Size = TextSize.Small },
        Forms.Levels("requiredLevels", "Niveauer, der skal tage stilling", required: false)
    ])
    {
        Actions = [Forms.Submit("Stil forslaget", CardVerbs.ProposeDecision, theme)],
        Speak = "Formular: stil et forslag."
    };
}
