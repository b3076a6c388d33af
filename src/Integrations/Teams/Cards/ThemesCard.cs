using Politikerforum.Domain.Themes;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"temaer": the themes the person may see, each with its pace.</summary>
public static class ThemesCard
{
    public static AdaptiveCard Build(IReadOnlyList<ThemeSummary> themes, bool more)
    {
        List<CardElement> body = [new TextBlock("Dine temaer") { Size = TextSize.Large, Weight = TextWeight.Bolder }];
        if (themes.Count == 0) body.Add(new TextBlock("Der er ingen temaer, du kan se, endnu."));
        else body.Add(new FactSet([.. themes.Select(t => new Fact(Danish.Shorten(t.Title, 80), Pace(t)))]));
        if (more) body.Add(new TextBlock("Der er flere temaer. Se dem alle på forummets sider.") { IsSubtle = true });
        return new AdaptiveCard(body) { Speak = $"Du kan se {themes.Count} temaer." };
    }

    private static string Pace(ThemeSummary theme) =>
        theme.Pace == Domain.Themes.Pace.Urgent && theme.UrgentUntil is { } until ? $"Hurtig handling indtil {Danish.Time(until)}" : Danish.Of(theme.Pace);
}
