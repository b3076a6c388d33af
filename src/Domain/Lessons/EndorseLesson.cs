using Politikerforum.Domain.Members;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Lessons;

public static class EndorsingLessons
{
    public static Refusal? Refuses(Lesson lesson, Theme theme, Actor actor) =>
        !theme.CanSee(lesson.Confidentiality, actor) ? LessonAccess.Unknown
        : actor.MemberId is not { } memberId ? Refusal.Forbidden("Kun medlemmer kan tilkendegive, at de kan bruge en erfaring.")
        // Only the author ever gets this answer, so it reveals nothing they do not know.
        : lesson.AuthorId == memberId ? Refusal.Conflict("Du kan ikke tilkendegive, at du kan bruge din egen erfaring.")
        : lesson.EndorsedBy.Contains(memberId) ? Refusal.Conflict("Du har allerede tilkendegivet, at du kan bruge erfaringen.")
        : null;

    public static LessonEndorsed Decide(Lesson lesson, Actor actor, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, actor.MemberId!.Value, now);
}

public static class AttributingLessons
{
    public static Refusal? Refuses(Lesson lesson, Theme theme, Actor actor) =>
        !theme.CanSee(lesson.Confidentiality, actor) ? LessonAccess.Unknown
        : !actor.IsPerson(lesson.AuthorId) ? Refusal.Forbidden("Kun den, der har skrevet erfaringen, kan stå frem som afsender.")
        : lesson.Confidentiality != Confidentiality.ChathamHouse ? Refusal.Conflict("Erfaringen er ikke delt under Chatham House-reglen; afsenderen er allerede synlig.")
        : lesson.Attributed ? Refusal.Conflict("Du står allerede frem som afsender af erfaringen.")
        : null;

    public static LessonAttributed Decide(Lesson lesson, Member? author, DateTimeOffset now) =>
        new(lesson.Id, lesson.ThemeId, lesson.AuthorId, author?.Level, now);
}
