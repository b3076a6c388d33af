namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"eksperiment": something to try out across levels, with its hypothesis and who is involved.</summary>
public static class ExperimentForm
{
    public static AdaptiveCard Build(Guid theme, string themeTitle, DateOnly today) => new(
    [
        Forms.Heading("Foreslå et eksperiment"),
        Forms.OfTheme(themeTitle),
        Forms.Text("title", "Titel", 200, "Giv eksperimentet en titel."),
        Forms.Text("hypothesis", "Hypotese: hvad forventer I, og hvorfor?", 10_000, "Skriv hypotesen.", multiline: true),
        Forms.Text("bodies", "Involverede myndigheder, adskilt af komma", 2_000, "Skriv mindst én myndighed, fx Odense Kommune."),
        Forms.Levels("levels", "Involverede niveauer", required: true),
        new DateInput("plannedEnd", "Planlagt slutdato") { Min = today.AddDays(1), IsRequired = true, ErrorMessage = "Vælg en slutdato efter i dag." }
    ])
    {
        Actions = [Forms.Submit("Foreslå eksperimentet", CardVerbs.ProposeExperiment, theme)],
        Speak = "Formular: foreslå et eksperiment."
    };
}
