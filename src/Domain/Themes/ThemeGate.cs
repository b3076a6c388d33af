using Marten.Services.BatchQuerying;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// What <see cref="ThemeAccess.CanSee(ThemeGate?, Actor)"/> needs of a theme for one actor: its visibility, and whether the
/// actor takes part. A read that only asks whether the actor may see the theme (every timeline page) reads these two
/// instead of the whole theme, whose participants make it the page's largest document (about 10 KB in PostgreSQL's
/// output and in the host's JSON reader, for a yes or no).
/// </summary>
public sealed record ThemeGate(Visibility Visibility, bool Participates)
{
    /// <summary>The theme's gate for the actor, asked in the batch; none when there is no such theme.</summary>
    public static Task<IReadOnlyList<ThemeGate>> Of(IBatchedQuery batch, Guid themeId, Actor actor)
    {
        var themes = batch.Parent.DocumentStore.Options.FindOrResolveDocumentType(typeof(Theme)).TableName.QualifiedName;
        // The stored theme's fields as the store writes them (camelCase JSON, ForumStore).
        return batch.Query<ThemeGate>(
            $"select jsonb_build_object('visibility', d.data -> 'visibility', 'participates', coalesce(d.data -> 'participants' @> ?::jsonb, false)) from {themes} as d where d.id = ?",
            Participant(actor), themeId);
    }

    /// <summary>
    /// The actor as a participant, to match in the stored theme's participants by containment (as jsonb compares the member
    /// id's text). No member id matches no participant.
    /// </summary>
    internal static string Participant(Actor actor) => $$"""[{"memberId": "{{actor.MemberId?.ToString() ?? ""}}"}]""";
}
