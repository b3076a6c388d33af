namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>A short message as a card: a heading, a text and facts. Notices, receipts for forms, answers.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(string heading, string text, params IReadOnlyList<Fact> facts)
    {
        List<CardElement> body =
        [
            new TextBlock(heading) { Size = TextSize.Medium, Weight = TextWeight.Bolder },
            new TextBlock(text)
        ];
        if (facts.Count > 0) body.Add(new FactSet(facts));
        return new AdaptiveCard(body) { Speak = heading };
    }
}
