namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>The bot's greeting when it is added to a team, a chat or a person's Teams; sent once per conversation.</summary>
public static class WelcomeCard
{
    public static AdaptiveCard Build(bool inChannel) => new(
    [
        new TextBlock("Velkommen til Politikerforum") { Size = TextSize.Large, Weight = TextWeight.Bolder },
        new TextBlock("Politikerforum samler politikere fra kommuner, regioner, Folketinget og Europa-Parlamentet om fælles, komplekse udfordringer. "
            + "Her kan I dele indlæg og erfaringer, stille forslag, give tilsagn og følge med, når tempoet skifter."),
        new TextBlock(inChannel
            ? "Sekretariatet knytter kanalen til et tema med kommandoen tilknyt og temaets navn. Derefter handler alt, der skrives til mig her, om det tema."
            : "Skriv hjælp for at se, hvad jeg kan. Er du ikke medlem endnu, så skriv deltag og navnet på din kommune, region eller organisation.")
        {
            Spacing = Spacing.Medium
        }
    ])
    {
        Speak = "Velkommen til Politikerforum."
    };
}
