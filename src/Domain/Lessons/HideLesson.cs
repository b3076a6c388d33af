using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Moderation;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

public record HideLesson(
    [property: Required(ErrorMessage = "Angiv, hvorfor indholdet skjules."), StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    string Reason) : ICommand
{
    [JsonIgnore] public Guid LessonId { get; init; }
}

/// <summary>
/// The secretariat hides a lesson with a reason. Only the lesson is named: hiding a Chatham House lesson tells
/// nobody who wrote it.
/// </summary>
public static class HidingLessons
{
    public static Refusal? Refuses(Lesson? lesson, Theme? theme, Actor actor) =>
        Moderating.RefusesHiding(theme.CanSee(lesson, actor), lesson?.Hidden, actor, "Erfaringen");

    public static LessonHidden Decide(Lesson lesson, HideLesson command, Actor actor, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, command.Reason.Trim(), actor.Id, now);
}

public static class HideLessonHandler
{
    public static Task<ItemStream<Lesson>> LoadAsync(HideLesson command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Lesson>(command.LessonId, ct);

    public static Outcome Handle(HideLesson command, ItemStream<Lesson> lesson, Actor actor, TimeProvider clock) =>
        HidingLessons.Refuses(lesson.Item, lesson.Theme, actor) ?? (Outcome)lesson.Append(HidingLessons.Decide(lesson.Item!, command, actor, clock.GetUtcNow()));
}
