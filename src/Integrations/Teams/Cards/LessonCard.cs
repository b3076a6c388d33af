using Politikerforum.Domain.Lessons;

namespace Politikerforum.Integrations.Teams.Cards;

/// <summary>
/// A lesson as a notice shows it. A Chatham House lesson's card says so and names no one: the lesson view it is built
/// from holds no author for such a lesson. "Det kan jeg bruge" (or a like on the message) endorses it.
/// </summary>
public static class LessonCard
{
    /// <param name="author">Who shared it, as the forum names them; null under the Chatham House rule.</param>
    /// <param name="endorsedByYou">On the card answered to one person: whether they have endorsed it.</param>
    public static AdaptiveCard Build(LessonView lesson, string themeTitle, string? author, bool endorsedByYou = false)
    {
        List<CardElement> body =
        [
            new TextBlock($"Erfaring: {lesson.Title}") { Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock($"Tema: {themeTitle}") { IsSubtle = true, Spacing = Spacing.None },
            new TextBlock(Danish.Shorten(lesson.Text, 1_500)),
            new FactSet(
            [
                new Fact("Art", Danish.Of(lesson.Kind)),
                new Fact("Delt af", author ?? "Delt under Chatham House-reglen – afsenderen nævnes ikke"),
                new Fact("Kan bruge den", lesson.EndorsedBy.Count == 1 ? "1 medlem" : $"{lesson.EndorsedBy.Count} medlemmer")
            ]) { Separator = true }
        ];
        if (lesson.Tags.Count > 0) body.Add(new TextBlock($"Emneord: {string.Join(", ", lesson.Tags)}") { IsSubtle = true });
        if (endorsedByYou) body.Add(new Container([new TextBlock("Du har tilkendegivet, at du kan bruge erfaringen.")]) { Style = ContainerStyle.Good });
        return new AdaptiveCard(body)
        {
            Actions = endorsedByYou ? null : [CardVerbs.Button("Det kan jeg bruge", CardVerbs.EndorseLesson, (CardVerbs.Lesson, lesson.Id)) with { Style = ActionStyle.Positive }],
            Speak = $"Erfaring: {lesson.Title}."
        };
    }
}
