using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <summary>"Det kan jeg bruge."</summary>
public record EndorseLesson([property: JsonIgnore] Guid LessonId) : ICommand;

public static class EndorsingLessons
{
    public static Refusal? Refuses(Lesson? lesson, Theme? theme, Actor actor) =>
        !theme.CanSee(lesson, actor) ? Refusal.Unknown
        : actor.MemberId is not { } memberId ? Refusal.Forbidden("Kun medlemmer kan tilkendegive, at de kan bruge en erfaring.")
        // Only the author ever gets this answer, so it reveals nothing they do not know.
        : lesson.AuthorId == memberId ? Refusal.Conflict("Du kan ikke tilkendegive, at du kan bruge din egen erfaring.")
        : lesson.EndorsedBy.Contains(memberId) ? Refusal.Conflict("Du har allerede tilkendegivet, at du kan bruge erfaringen.")
        : null;

    public static LessonEndorsed Decide(Lesson lesson, Actor actor, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, actor.MemberId!.Value, now);
}

/// <summary>Many members may endorse at once: the stream lock takes them one after another.</summary>
public static class EndorseLessonHandler
{
    public static Task<ItemStream<Lesson>> LoadAsync(EndorseLesson command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Lesson>(command.LessonId, ct);

    public static Outcome Handle(EndorseLesson command, ItemStream<Lesson> lesson, Actor actor, TimeProvider clock) =>
        EndorsingLessons.Refuses(lesson.Item, lesson.Theme, actor) ?? (Outcome)lesson.Append(EndorsingLessons.Decide(lesson.Item!, actor, clock.GetUtcNow()));
}
