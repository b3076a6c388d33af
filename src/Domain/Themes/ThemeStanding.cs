using Marten.Services.BatchQuerying;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// What the rules for contributing to a theme (<see cref="ThemeWork.RefusesContribution(ThemeStanding?, Actor, string)"/>)
/// need of it for one actor: who may see it, whether the actor takes part, whether it is archived, and whether Teams ever
/// had it. A post or a lesson asks only this, read in SQL in the command's transaction, instead of the whole theme: its
/// participants make it about 10 KB of JSON for PostgreSQL to send and the host to read, for the same answer.
/// </summary>
public sealed record ThemeStanding(Guid Id, Visibility Visibility, bool Participates, bool IsArchived, bool? HasBeenInTeams)
{
    /// <summary>The same facts of a theme already read whole.</summary>
    public static ThemeStanding Of(Theme theme, Actor actor) =>
        new(theme.Id, theme.Visibility, theme.HasParticipant(actor.MemberId), theme.IsArchived, theme.HasBeenInTeams);

    /// <summary>The theme's standing for the actor, asked in the batch; none when there is no such theme.</summary>
    public static Task<IReadOnlyList<ThemeStanding>> Of(IBatchedQuery batch, Guid themeId, Actor actor)
    {
        var themes = batch.Parent.DocumentStore.Options.FindOrResolveDocumentType(typeof(Theme)).TableName.QualifiedName;
        // The stored theme's fields as the store writes them (camelCase JSON, ForumStore), as ThemeGate reads them.
        return batch.Query<ThemeStanding>(
            $"""
             select jsonb_build_object('id', d.id, 'visibility', d.data -> 'visibility',
               'participates', coalesce(d.data -> 'participants' @> ?::jsonb, false),
               'isArchived', d.data ->> 'archivedAt' is not null, 'hasBeenInTeams', d.data -> 'hasBeenInTeams')
             from {themes} as d where d.id = ?
             """,
            ThemeGate.Participant(actor), themeId);
    }
}
