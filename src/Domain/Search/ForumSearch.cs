using Marten;
using Npgsql;
using NpgsqlTypes;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Search;

/// <param name="Title">Safe HTML, as <paramref name="Snippet"/>: escaped text (a post's title is the start of what its author wrote).</param>
/// <param name="Snippet">Safe HTML: the text is escaped, matches are wrapped in &lt;mark&gt;.</param>
public sealed record SearchHit(string Type, Guid Id, Guid ThemeId, string Title, string Snippet, double Rank);

/// <summary>
/// Full-text search in Danish over the read models, with PostgreSQL's <c>danish</c> configuration:
/// stemming makes "kommune" find "kommunernes". Ranked with ts_rank, snippets from ts_headline.
/// Only the themes the reader may see (<see cref="VisibleThemes"/>) and the lesson confidentialities open to them
/// (<see cref="LessonAccess.OpenTo"/>) are searched. Search is discovery: posts and lessons the secretariat has hidden
/// are never found, whoever searches; their author and the secretariat still read them by their address and in lists.
/// </summary>
public sealed class ForumSearch(IDocumentStore store, NpgsqlDataSource database)
{
    public static readonly string[] Types = ["lessons", "experiments", "decisions", "posts"];

    private sealed record Source(string Type, Type Document, string Title, string Body, string Extra = "true");

    private IEnumerable<Source> Sources()
    {
        yield return new("lessons", typeof(LessonView), "data->>'title'", "data->>'text'", "data->>'confidentiality' = any(@confidentialities) and data->>'hidden' is null");
        yield return new("experiments", typeof(Experiment), "data->>'title'", "concat_ws(' ', data->>'hypothesis', data->>'summary')");
        yield return new("decisions", typeof(Decision), "data->>'title'", "data->>'proposal'");
        yield return new("posts", typeof(Post), "left(data->>'text', 80)", "data->>'text'", "data->>'text' is not null and data->>'hidden' is null");
    }

    /// <summary>Why a search cannot be run as asked; null when it can.</summary>
    /// <param name="types">Some of <see cref="Types"/>; none for all of them.</param>
    public static Refusal? Refuses(string? q, IReadOnlyCollection<string> types) =>
        string.IsNullOrWhiteSpace(q) ? Refusal.Invalid("Angiv, hvad der skal søges efter (q).")
        : types.Except(Types).ToArray() is { Length: > 0 } unknown
            ? Refusal.Invalid($"Ukendt type: {string.Join(", ", unknown)}. Gyldige typer: {string.Join(", ", Types)}.")
        : null;

    /// <summary>The whole forum as <paramref name="reader"/> may see it, most relevant first.</summary>
    /// <param name="types">Some of <see cref="Types"/>; none for all of them.</param>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        IQuerySession session, Actor reader, string q, IReadOnlyCollection<string> types, int? limit, CancellationToken ct)
    {
        var sources = Sources().Where(s => types.Count == 0 || types.Contains(s.Type)).ToList();
        var themes = await VisibleThemes.IdsAsync(session, reader, null, ct);
        return await RunAsync(q.Trim(), sources, themes, LessonAccess.OpenTo(reader), null, Page.Clamp(limit), ct);
    }

    /// <summary>The lessons library as <paramref name="reader"/> may read it, ranked by relevance; every door searches it here.</summary>
    /// <param name="theme">A single theme asked for, if any.</param>
    public async Task<IReadOnlyList<SearchHit>> LibraryAsync(
        IQuerySession session, Actor reader, string q, Guid? theme, LessonKind? kind, Level? level, int? limit, CancellationToken ct) =>
        await LessonsAsync(q, await VisibleThemes.IdsAsync(session, reader, theme, ct), LessonAccess.OpenTo(reader), kind, level, Page.Clamp(limit), ct);

    /// <summary>The lessons library ranked by relevance.</summary>
    /// <param name="themes">The themes the reader may see (<see cref="VisibleThemes"/>).</param>
    /// <param name="confidentialities">The confidentialities open to the reader (<see cref="LessonAccess.OpenTo"/>).</param>
    public Task<IReadOnlyList<SearchHit>> LessonsAsync(
        string q, Guid[] themes, Confidentiality[] confidentialities, LessonKind? kind, Level? level, int limit, CancellationToken ct)
    {
        var lessons = Sources().First(s => s.Type == "lessons");
        var filter = (kind is null ? "" : " and data->>'kind' = @kind") + (level is null ? "" : " and data->>'authorLevel' = @level");
        return RunAsync(q, [lessons with { Extra = lessons.Extra + filter }], themes, confidentialities,
            cmd =>
            {
                if (kind is { } k) cmd.Parameters.AddWithValue("kind", Stored(k));
                if (level is { } l) cmd.Parameters.AddWithValue("level", Stored(l));
            }, limit, ct);
    }

    private async Task<IReadOnlyList<SearchHit>> RunAsync(
        string q, IReadOnlyList<Source> sources, Guid[] themes, Confidentiality[] confidentialities,
        Action<NpgsqlCommand>? parameters, int limit, CancellationToken ct)
    {
        if (sources.Count == 0 || themes.Length == 0) return [];
        var selects = sources.Select(s =>
        {
            var table = store.Options.FindOrResolveDocumentType(s.Document).TableName.QualifiedName;
            var text = $"coalesce({s.Title}, '') || ' ' || coalesce({s.Body}, '')";
            return $"""
                select '{s.Type}' as type, id, (data->>'themeId')::uuid as theme_id, {Escaped(s.Title)} as title,
                       ts_headline('danish', {Escaped(s.Body)}, query,
                                   'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') as snippet,
                       ts_rank(to_tsvector('danish', {text}), query) as rank
                from {table}, query
                where to_tsvector('danish', {text}) @@ query and (data->>'themeId')::uuid = any(@themes) and {s.Extra}
                """;
        });
        var sql = $"""
            with query as (select websearch_to_tsquery('danish', @q) as query)
            {string.Join("\nunion all\n", selects)}
            order by rank desc, id
            limit @limit
            """;
        await using var cmd = database.CreateCommand(sql);
        cmd.Parameters.AddWithValue("q", q);
        cmd.Parameters.AddWithValue("themes", themes);
        cmd.Parameters.AddWithValue("confidentialities", confidentialities.Select(Stored).ToArray());
        cmd.Parameters.AddWithValue("limit", limit);
        parameters?.Invoke(cmd);

        var hits = new List<SearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            hits.Add(new SearchHit(reader.GetString(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetFloat(5)));
        return hits;
    }

    /// <summary>A text column as safe HTML: what the reader wrote is shown, never run.</summary>
    private static string Escaped(string column) => $"replace(replace(replace(coalesce({column}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";

    /// <summary>An enum value as Marten stores it in the document JSON.</summary>
    private string Stored<T>(T value) where T : struct, Enum => store.Options.Serializer().ToJson(value).Trim('"');
}
