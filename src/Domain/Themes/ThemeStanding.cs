using Marten.Services.BatchQuerying;

namespace Politikerforum.Domain.Themes;

/// <summary>
/// What the forum's rules need of a theme for one actor: who may see it (<see cref="ThemeAccess"/>), whether the actor
/// takes part, whether it is archived, and whether Teams ever had it (<see cref="ThemeWork.RefusesContribution(ThemeStanding?, Actor, string)"/>).
/// Every timeline page, post and lesson asks only this, read in SQL (for a command, in its transaction), instead of the
/// whole theme: its participants make it about 10 KB of JSON for PostgreSQL to send and the host to read, for the same answer.
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
        // The stored theme's fields as the store writes them (camelCase JSON, ForumStore). A theme with its participants is
        // stored compressed and apart from its row (TOAST), and every `data -> …` unpacks it again: jsonb_to_record
        // unpacks it once for the four (0.068 → 0.047 ms a statement, pgbench alone, a theme of 64 participants).
        return batch.Query<ThemeStanding>(
            $"""
             select jsonb_build_object('id', d.id, 'visibility', t.visibility,
               'participates', coalesce(t.participants @> ?::jsonb, false),
               'isArchived', t."archivedAt" is not null, 'hasBeenInTeams', t."hasBeenInTeams")
             from {themes} as d,
               jsonb_to_record(d.data) as t(visibility jsonb, participants jsonb, "archivedAt" jsonb, "hasBeenInTeams" jsonb)
             where d.id = ?
             """,
            Participant(actor), themeId);
    }

    /// <summary>
    /// The actor as a participant, to match in the stored theme's participants by containment (as jsonb compares the member
    /// id's text). No member id matches no participant.
    /// </summary>
    private static string Participant(Actor actor) => $$"""[{"memberId": "{{actor.MemberId?.ToString() ?? ""}}"}]""";
}
