using System.ComponentModel.DataAnnotations;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

public record RecordLesson(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Erfaringen skal have en tekst."), StringLength(20_000, ErrorMessage = "Teksten må højst være 20.000 tegn.")]
    string Text,
    [property: Required(ErrorMessage = "Art skal angives (worked, went-wrong eller mixed).")]
    LessonKind? Kind,
    [property: MaxLength(20, ErrorMessage = "En erfaring kan højst have 20 emneord."),
               EachText(100, ErrorMessage = "Hvert emneord skal udfyldes og må højst være 100 tegn.")]
    IReadOnlyList<string>? Tags,
    [property: Required(ErrorMessage = "Fortrolighed skal angives (public, forum eller chatham-house).")]
    Confidentiality? Confidentiality,
    Guid? SourceExperimentId,
    Guid? SourceDecisionId)
{
    /// <summary>The text holds personal data: it is blanked if the author is erased.</summary>
    public bool Personal { get; init; }
}

public static class RecordingLessons
{
    /// <param name="sourceInTheme">Whether the experiment or decision it refers to (if any) exists in this theme.</param>
    public static Refusal? Refuses(Theme theme, bool sourceInTheme, Actor actor) =>
        ThemeWork.RefusesContribution(theme, actor, "dele erfaringer")
        ?? (sourceInTheme ? null : Refusal.Invalid("Eksperimentet eller beslutningen, erfaringen bygger på, findes ikke i dette tema."));

    public static LessonRecorded Decide(Guid lessonId, Theme theme, RecordLesson command, Member? author, Actor actor, DateTimeOffset now) =>
        new(lessonId, theme.Id, command.Title.Trim(), command.Text.Trim(), command.Kind!.Value, Tags(command.Tags),
            command.Confidentiality!.Value, command.SourceExperimentId, command.SourceDecisionId, actor.Id, author?.Level, now) { Personal = command.Personal };

    /// <summary>Tags are kept trimmed, lower-case and once each, so "Ældrepleje" and "ældrepleje " are one tag.</summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string>? tags) =>
        (tags ?? []).Select(t => t.Trim().ToLowerInvariant()).Where(t => t.Length is > 0 and <= 50).Distinct().ToList();
}
