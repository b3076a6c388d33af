using Politikerforum.Domain.Search;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>"søg": the lessons the person may read that match, most relevant first.</summary>
public static class SearchCard
{
    public static AdaptiveCard Build(string query, IReadOnlyList<SearchHit> hits)
    {
        List<CardElement> body =
        [
            new TextBlock($"Erfaringer om »{Danish.Shorten(query, 80)}«") { Size = TextSize.Large, Weight = TextWeight.Bolder }
        ];
        if (hits.Count == 0) body.Add(new TextBlock("Ingen erfaringer matcher søgningen. Prøv med andre ord."));
        body.AddRange(hits.Select(hit => new Container(
        [
            new TextBlock(Danish.Shorten(hit.Title, 120)) { Weight = TextWeight.Bolder },
            new TextBlock(Danish.Shorten(Danish.FromSnippet(hit.Snippet), 400)) { Spacing = Spacing.None }
        ]) { Separator = true }));
        return new AdaptiveCard(body) { Speak = $"{hits.Count} erfaringer fundet." };
    }
}
