using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

public record EditLesson(
    [property: Required(ErrorMessage = "Titel skal udfyldes."), StringLength(200, ErrorMessage = "Titlen må højst være 200 tegn.")]
    string Title,
    [property: Required(ErrorMessage = "Erfaringen skal have en tekst."), StringLength(20_000, ErrorMessage = "Teksten må højst være 20.000 tegn.")]
    string Text,
    [property: Required(ErrorMessage = "Art skal angives (worked, went-wrong eller mixed).")]
    LessonKind? Kind,
    [property: MaxLength(20, ErrorMessage = "En erfaring kan højst have 20 emneord."),
               EachText(100, ErrorMessage = "Hvert emneord skal udfyldes og må højst være 100 tegn.")]
    IReadOnlyList<string>? Tags,
    /// <summary>The version the caller last read; a stale version is a conflict.</summary>
    [property: JsonPropertyName("version"), Required(ErrorMessage = Refusal.VersionMissing)] int? ExpectedVersion) : ICommand
{
    [JsonIgnore] public Guid LessonId { get; init; }
}

public static class EditingLessons
{
    public static Refusal? Refuses(Lesson? lesson, Theme? theme, EditLesson command, Actor actor) =>
        !theme.CanSee(lesson, actor) ? Refusal.Unknown
        : !actor.IsPerson(lesson.AuthorId) ? Refusal.Forbidden("Du kan kun rette dine egne erfaringer.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så erfaringen kan ikke længere rettes.")
        : Refusal.IfStale(command.ExpectedVersion, lesson.Version);

    public static LessonEdited Decide(Lesson lesson, EditLesson command, Actor actor, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, command.Title.Trim(), command.Text.Trim(), command.Kind!.Value,
            RecordingLessons.Tags(command.Tags), lesson.Confidentiality, actor.Id, now) { Personal = lesson.Personal };
}

public static class EditLessonHandler
{
    public static Task<ItemStream<Lesson>> LoadAsync(EditLesson command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Lesson>(command.LessonId, ct);

    public static Outcome Handle(EditLesson command, ItemStream<Lesson> lesson, Actor actor, TimeProvider clock) =>
        EditingLessons.Refuses(lesson.Item, lesson.Theme, command, actor) ?? (Outcome)lesson.Append(EditingLessons.Decide(lesson.Item!, command, actor, clock.GetUtcNow()));
}
