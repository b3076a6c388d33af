using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Marten;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Posts;

public record EditPost(
    [property: Required(ErrorMessage = "Indlægget skal have en tekst."), StringLength(20_000, ErrorMessage = "Et indlæg må højst være 20.000 tegn.")]
    string Text,
    /// <summary>The version the caller last read; a stale version is a conflict.</summary>
    [property: JsonPropertyName("version"), Required(ErrorMessage = Refusal.VersionMissing)] int? ExpectedVersion) : ICommand
{
    [JsonIgnore] public Guid PostId { get; init; }
}

public static class Editing
{
    /// <summary>
    /// Shared by editing and retracting: only the author, only while the post stands and the theme is open. A post the
    /// actor may not see (hidden from them) is unknown to them, as it is when they read it.
    /// </summary>
    public static Refusal? RefusesAuthor(Post? post, Theme? theme, Actor actor, string action) =>
        !theme.CanSee(post, actor) ? Refusal.Unknown
        : !actor.IsPerson(post.AuthorId) ? Refusal.Forbidden($"Du kan kun {action}.")
        : post.IsRetracted ? Refusal.Conflict("Indlægget er allerede trukket tilbage.")
        // Teams holds the message; a change made here would be overwritten by the next change made there.
        : post.Teams is not null ? Refusal.Conflict("Indlægget er skrevet i Teams og kan kun rettes eller slettes dér.")
        : theme.IsArchived ? Refusal.Conflict("Temaet er arkiveret, så indlæggene kan ikke ændres.")
        : null;

    public static Refusal? Refuses(Post? post, Theme? theme, EditPost command, Actor actor) =>
        RefusesAuthor(post, theme, actor, "rette dine egne indlæg") ?? Refusal.IfStale(command.ExpectedVersion, post!.Version);

    public static PostEdited Decide(Post post, EditPost command, Actor actor, DateTimeOffset now) =>
        new(post.Id, post.ThemeId, command.Text.Trim(), actor.Id, now) { Personal = post.Personal };
}

public static class EditPostHandler
{
    public static Task<ItemStream<Post>> LoadAsync(EditPost command, IDocumentSession session, CancellationToken ct) =>
        session.FetchForWritingAsync<Post>(command.PostId, ct);

    public static Outcome Handle(EditPost command, ItemStream<Post> post, Actor actor, TimeProvider clock) =>
        Editing.Refuses(post.Item, post.Theme, command, actor) ?? (Outcome)post.Append(Editing.Decide(post.Item!, command, actor, clock.GetUtcNow()));
}
