using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;
using Wolverine;

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
    Guid? SourceDecisionId) : ICommand, IValidatableObject
{
    [JsonIgnore] public Guid ThemeId { get; init; }

    /// <summary>The text holds personal data: it is blanked if the author is erased. Never under the Chatham House rule.</summary>
    public bool Personal { get; init; }

    /// <summary>
    /// A Chatham House lesson is shared without its author, so it cannot hold the author's personal data: blanking it when
    /// the author is erased would show everyone which lesson was theirs, at the very moment they leave the participant
    /// lists. Such a lesson is therefore never personal, and erasure leaves its text alone (see <see cref="Members.Erasing"/>).
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Personal && Confidentiality == Lessons.Confidentiality.ChathamHouse)
            yield return new ValidationResult(
                "En erfaring under Chatham House-reglen deles uden afsender og kan derfor ikke markeres som personlig. "
                + "Del den uden personoplysninger, eller del den under dit navn (public eller forum).", [nameof(Personal)]);
    }
}

public static class RecordingLessons
{
    /// <param name="sourceInTheme">Whether the experiment or decision it refers to (if any) exists in this theme.</param>
    public static Refusal? Refuses(Theme? theme, bool sourceInTheme, Actor actor) =>
        Refuses(theme is null ? null : ThemeStanding.Of(theme, actor), sourceInTheme, actor);

    /// <inheritdoc cref="Refuses(Theme?, bool, Actor)"/>
    public static Refusal? Refuses(ThemeStanding? theme, bool sourceInTheme, Actor actor) =>
        ThemeWork.RefusesContribution(theme, actor, "dele erfaringer")
        ?? (sourceInTheme ? null : Refusal.Invalid("Eksperimentet eller beslutningen, erfaringen bygger på, findes ikke i dette tema."));

    public static LessonRecorded Decide(Guid lessonId, Guid themeId, RecordLesson command, Member? author, Actor actor, DateTimeOffset now) =>
        new(lessonId, themeId, command.Title.Trim(), command.Text.Trim(), command.Kind!.Value, Tags(command.Tags),
            command.Confidentiality!.Value, command.SourceExperimentId, command.SourceDecisionId, actor.Id, author?.Level, now) { Personal = command.Personal };

    /// <summary>Tags are kept trimmed, lower-case and once each, so "Ældrepleje" and "ældrepleje " are one tag.</summary>
    public static IReadOnlyList<string> Tags(IEnumerable<string>? tags) =>
        (tags ?? []).Select(Tag).Where(t => t.Length is > 0 and <= 50).Distinct().ToList();

    /// <summary>A tag as it is kept, and so as the library is filtered by it.</summary>
    public static string Tag(string tag) => tag.Trim().ToLowerInvariant();
}

/// <summary>Each lesson starts its own stream: the theme's stream is only read.</summary>
public static class RecordLessonHandler
{
    /// <returns>
    /// What the rules need of the theme (<see cref="ThemeStanding"/>); the author as the registry knows them (null for the
    /// secretariat); whether the lesson's source is in the theme.
    /// </returns>
    public static async Task<(ThemeStanding?, Member?, bool)> LoadAsync(RecordLesson command, Actor actor, IDocumentSession session, CancellationToken ct)
    {
        // One round trip for all of it, on the connection the write goes through.
        await session.OneConnectionAsync(ct);
        var batch = session.CreateBatchQuery();
        var theme = ThemeStanding.Of(batch, command.ThemeId, actor);
        var author = actor.MemberId is { } memberId ? batch.Load<Member>(memberId) : Task.FromResult<Member?>(null);
        var decision = command.SourceDecisionId is { } decisionId ? batch.Load<Decision>(decisionId) : null;
        var experiment = command.SourceExperimentId is { } experimentId ? batch.Load<Experiment>(experimentId) : null;
        await batch.Execute(ct);
        var sourceInTheme = (decision is null || (await decision)?.ThemeId == command.ThemeId)
            && (experiment is null || (await experiment)?.ThemeId == command.ThemeId);
        return ((await theme).SingleOrDefault(), await author, sourceInTheme);
    }

    /// <returns>The outcome; and for a theme in Teams, the notice for its channel.</returns>
    public static (Outcome, OutgoingMessages) Handle(RecordLesson command, ThemeStanding? theme, Member? author, bool sourceInTheme, Actor actor,
        ITeamsNews teams, IDocumentSession session, TimeProvider clock)
    {
        if (RecordingLessons.Refuses(theme, sourceInTheme, actor) is { } refusal) return (refusal, []);
        var recorded = RecordingLessons.Decide(Guid.CreateVersion7(), theme!.Id, command, author, actor, clock.GetUtcNow());
        session.Events.StartStream<Lesson>(recorded.LessonId, recorded);
        return (new Done(recorded.LessonId, 1), teams.For(theme!, recorded));
    }
}
