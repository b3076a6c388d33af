using System.ComponentModel.DataAnnotations;

namespace Politikerforum.Domain.Moderation;

public record HideItem(
    [property: Required(ErrorMessage = "Angiv, hvorfor indholdet skjules."), StringLength(1_000, ErrorMessage = "Begrundelsen må højst være 1.000 tegn.")]
    string Reason);

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

    /// <param name="unknown">The refusal for an item the actor may not see at all: it answers 404.</param>
    public static Refusal? RefusesHiding(bool canSee, Hiding? hidden, Actor actor, Refusal unknown, string what) =>
        RefusesModeration(canSee, actor, unknown, what)
        ?? (hidden is not null ? Refusal.Conflict($"{what} er allerede skjult.") : null);

    public static Refusal? RefusesRestoring(bool canSee, Hiding? hidden, Actor actor, Refusal unknown, string what) =>
        RefusesModeration(canSee, actor, unknown, what)
        ?? (hidden is null ? Refusal.Conflict($"{what} er ikke skjult.") : null);

    private static Refusal? RefusesModeration(bool canSee, Actor actor, Refusal unknown, string what) =>
        !canSee ? unknown
        : !actor.RunsTheForum ? Refusal.Forbidden("Kun sekretariatet kan skjule indhold og gøre det synligt igen.")
        : null;
}
