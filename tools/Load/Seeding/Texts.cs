namespace Politikerforum.Load.Seeding;

/// <summary>Danish texts of the lengths members write, so rows and payloads have a realistic size.</summary>
public static class Texts
{
    private static readonly string[] Subjects =
    [
        "Fremtidens arbejdskraft", "Mobilitet i yderområderne", "Klimatilpasning ved kysterne", "Ældrepleje og velfærdsteknologi",
        "Psykiatri på tværs af sektorer", "Grøn omstilling af landbruget", "Unge uden uddannelse", "Sundhedsklynger"
    ];

    private static readonly string[] Sentences =
    [
        "Hvem har erfaring med flextrafik på tværs af kommunegrænser?",
        "Vi har prøvet en fælles vagtplan mellem kommune og region, og det holdt bedre end ventet.",
        "Det gik skævt, da vi flyttede opgaven uden at flytte pengene med; det skal vi ikke gøre igen.",
        "Kan nogen fra Folketinget sige, om der kommer en lovændring, før vi sætter forsøget i gang?",
        "EU-midlerne kan bruges til det, men ansøgningsfristen ligger allerede i marts.",
        "Vores borgere oplever, at ingen tager ansvar, når de skifter mellem sektorerne.",
        "Vi foreslår, at de tre kommuner deler en koordinator det første år og evaluerer bagefter.",
        "Det vigtigste, vi har lært, er at inddrage medarbejderne fra starten."
    ];

    public static string ThemeTitle(int index) => $"{Subjects[index % Subjects.Length]} {index + 1}";

    /// <summary>One to three sentences, 60–280 characters.</summary>
    public static string Paragraph(Random random) =>
        string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Sentences[random.Next(Sentences.Length)]));
}
