namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// The day's news of a theme in normal pace, as one message in its channel. Decisions and lessons follow as cards of
/// their own in the same thread, so they can be answered (positions, likes).
/// </summary>
public static class DigestCard
{
    public const int MaxLines = 40;

    public static AdaptiveCard Build(string themeTitle, DateOnly day, IReadOnlyList<string> lines)
    {
        List<CardElement> body =
        [
            new TextBlock($"Nyt i temaet {themeTitle}") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"Dagens oversigt, {Danish.Date(day)}") { IsSubtle = true, Spacing = Spacing.None }
        ];
        body.AddRange(lines.Take(MaxLines).Select(line => new TextBlock($"- {Danish.Shorten(line, 300)}") { Spacing = Spacing.Small }));
        if (lines.Count > MaxLines) body.Add(new TextBlock($"… og {lines.Count - MaxLines} mere. Se hele tidslinjen med kommandoen tidslinje.") { IsSubtle = true });
        return new AdaptiveCard(body) { Speak = $"Nyt i temaet {themeTitle}." };
    }
}
