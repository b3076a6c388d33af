using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;

namespace Politikerforum.Domain.Moderation;

/// <summary>
/// Why and when the secretariat hid a post or a lesson. Shown only to its author and to those who run
/// the forum; who hid it is in the event and the timeline, not here.
/// </summary>
public sealed record Hiding(string Reason, DateTimeOffset HiddenAt);

/// <summary>Hidden content is seen only by its author and by those who run the forum.</summary>
public static class Moderating
{
    public static bool CanSee(Hiding? hidden, Guid? authorId, Actor actor) =>
        hidden is null || actor.RunsTheForum || (authorId is { } author && actor.IsPerson(author));

    // The same rule as CanSee, for lists: what is hidden stays out of them, but for its author and the secretariat.
    // An unregistered caller (Guid.Empty) is nobody's author.

    public static IQueryable<Post> ShownTo(this IQueryable<Post> posts, Actor actor) =>
        actor.RunsTheForum ? posts
        : actor.Id == Guid.Empty ? posts.Where(p => p.Hidden == null)
        : posts.Where(p => p.Hidden == null || p.AuthorId == actor.Id);

    /// <summary>A hidden Chatham House lesson has no author in its view, so its author finds it only by its own address.</summary>
    public static IQueryable<LessonView> ShownTo(this IQueryable<LessonView> lessons, Actor actor) =>
        actor.RunsTheForum ? lessons
        : actor.Id == Guid.Empty ? lessons.Where(l => l.Hidden == null)
        : lessons.Where(l => l.Hidden == null || l.AuthorId == actor.Id);

    /// <param name="canSee">Whether the actor may see the item at all, hidden or not: if not, it is <see cref="Refusal.Unknown"/>.</param>
    public static Refusal? RefusesHiding(bool canSee, Hiding? hidden, Actor actor, string what) =>
        RefusesModeration(canSee, actor)
        ?? (hidden is not null ? Refusal.Conflict($"{what} er allerede skjult.") : null);

    public static Refusal? RefusesRestoring(bool canSee, Hiding? hidden, Actor actor, string what) =>
        RefusesModeration(canSee, actor)
        ?? (hidden is null ? Refusal.Conflict($"{what} er ikke skjult.") : null);

    private static Refusal? RefusesModeration(bool canSee, Actor actor) =>
        !canSee ? Refusal.Unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan skjule indhold og gøre det synligt igen.")
        : null;
}
