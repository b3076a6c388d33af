namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>The bot's commands in brief, in Danish: the answer to "hjælp" and to anything the bot does not understand.</summary>
public static class HelpCard
{
    public static readonly IReadOnlyList<Fact> Commands =
    [
        new("hjælp", "Viser denne oversigt."),
        new("temaer", "De temaer, du kan se, og deres tempo."),
        new("tidslinje", "De seneste ti begivenheder i kanalens tema."),
        new("indlæg <tekst>", "Skriver et indlæg i kanalens tema."),
        new("erfaring", "En formular til en erfaring: hvad lykkedes, og hvad gik skævt."),
        new("eksperiment", "En formular til et nyt eksperiment."),
        new("forslag", "En formular til et forslag med frist."),
        new("tilsagn", "En formular til et tilsagn til et andet niveau."),
        new("søg <ord>", "Søger i erfaringsbiblioteket."),
        new("hurtig handling <begrundelse>", "Beder om hurtig handling i kanalens tema."),
        new("normalt tempo", "Vender tilbage til normalt tempo."),
        new("tilknyt <tema>", "Knytter kanalen til et tema (sekretariatet)."),
        new("deltag <organisation>", "Søger om at blive medlem af forummet."),
        new("besked ved hurtig handling", "Giver dig besked i en privat chat, når dine temaer er i hurtig handling."),
        new("ingen besked ved hurtig handling", "Stopper de private beskeder igen.")
    ];

    public static AdaptiveCard Build() => new(
    [
        new TextBlock("Politikerforum i Teams") { Size = TextSize.Large, Weight = TextWeight.Bolder },
        new TextBlock("Skriv en kommando til mig. I en kanal nævner du mig først, fx @Politikerforum hjælp."),
        new FactSet(Commands) { Spacing = Spacing.Medium },
        new Container([new TextBlock("Er du ikke medlem endnu? Skriv deltag og navnet på din kommune, region eller organisation.") { IsSubtle = true }])
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Medium
        }
    ])
    {
        Speak = "Politikerforum i Teams. Skriv hjælp for at se kommandoerne."
    };
}
