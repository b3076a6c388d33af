using Politikerforum.Domain.Timeline;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"tidslinje": the latest entries of the channel's theme, oldest first, with who did it as the forum names them.</summary>
public static class TimelineCard
{
    public static AdaptiveCard Build(string themeTitle, IReadOnlyList<TimelineItem> items)
    {
        List<CardElement> body =
        [
            new TextBlock($"Tidslinje: {themeTitle}") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock("De seneste begivenheder i temaet.") { IsSubtle = true, Spacing = Spacing.None }
        ];
        if (items.Count == 0) body.Add(new TextBlock("Der er ikke sket noget i temaet endnu."));
        body.AddRange(items.Select(item => new Container(
        [
            new TextBlock($"{Danish.Time(item.Time)} · {item.Actor.Name}") { IsSubtle = true, Size = TextSize.Small },
            new TextBlock(Danish.Shorten(item.Summary, 300)) { Spacing = Spacing.None }
        ]) { Separator = true }));
        return new AdaptiveCard(body) { Speak = $"Tidslinjen for {themeTitle}." };
    }
}
