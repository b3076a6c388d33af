using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record EditPost(
    [property: Required(ErrorMessage = "Indlægget skal have en tekst."), StringLength(20_000, ErrorMessage = "Et indlæg må højst være 20.000 tegn.")]
    string Text,
    /// <summary>The version the caller last read; a stale version is a conflict.</summary>
    [property: JsonPropertyName("version")] int ExpectedVersion);

public static class Editing
{
    /// <summary>Shared by editing and retracting: only the author, only while the post stands and the theme is open.</summary>
    public static Refusal? RefusesAuthor(Post post, Theme theme, Actor actor, string action) =>
        !theme.CanSee(actor) ? Refusal.NotFound("Indlægget findes ikke.")
        : !actor.IsPerson(post.AuthorId) ? Refusal.Forbidden($"Du kan kun {action}.")
        : post.IsRetracted ? Refusal.Conflict("Indlægget er allerede trukket tilbage.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så indlæggene kan ikke ændres.")
        : null;

    public static Refusal? Refuses(Post post, Theme theme, EditPost command, Actor actor) =>
        RefusesAuthor(post, theme, actor, "rette dine egne indlæg") ?? Refusal.IfStale(command.ExpectedVersion, post.Version);

    public static PostEdited Decide(Post post, EditPost command, Actor actor, DateTimeOffset now) =>
        new(post.Id, post.ThemeId, command.Text.Trim(), actor.Id, now) { Personal = post.Personal };
}

public static class Retracting
{
    public static Refusal? Refuses(Post post, Theme theme, Actor actor) => Editing.RefusesAuthor(post, theme, actor, "trække dine egne indlæg tilbage");

    public static PostRetracted Decide(Post post, Actor actor, DateTimeOffset now) => new(post.Id, post.ThemeId, actor.Id, now);
}
