using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

/// <summary>The author of a Chatham House lesson puts their name to it.</summary>
public record AttributeLesson([property: JsonIgnore] Guid LessonId) : ICommand;

public static class AttributingLessons
{
    public static Refusal? Refuses(Lesson? lesson, Theme? theme, Actor actor) =>
        !theme.CanSee(lesson, actor) ? Refusal.Unknown
        : !actor.IsPerson(lesson.AuthorId) ? Refusal.Forbidden("Kun den, der har skrevet erfaringen, kan stå frem som afsender.")
        : lesson.Confidentiality != Confidentiality.ChathamHouse ? Refusal.Conflict("Erfaringen er ikke delt under Chatham House-reglen; afsenderen er allerede synlig.")
        : lesson.Attributed ? Refusal.Conflict("Du står allerede frem som afsender af erfaringen.")
        : null;

    public static LessonAttributed Decide(Lesson lesson, Member? author, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, lesson.AuthorId, author?.Level, now);
}

public static class AttributeLessonHandler
{
    /// <returns>The lesson's stream, and the author as the registry knows them (null for the secretariat).</returns>
    public static async Task<(ItemStream<Lesson>, Member?)> LoadAsync(AttributeLesson command, Actor actor, IDocumentSession session, CancellationToken ct) =>
        (await session.FetchForWritingAsync<Lesson>(command.LessonId, ct),
            actor.MemberId is { } memberId ? await session.LoadAsync<Member>(memberId, ct) : null);

    public static Outcome Handle(AttributeLesson command, ItemStream<Lesson> lesson, Member? author, Actor actor, TimeProvider clock) =>
        AttributingLessons.Refuses(lesson.Item, lesson.Theme, actor) ?? (Outcome)lesson.Append(AttributingLessons.Decide(lesson.Item!, author, clock.GetUtcNow()));
}
