using Marten;
using Npgsql;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Domain.Search;

/// <param name="Title">Safe HTML, as <paramref name="Snippet"/>: escaped text (a post's title is the start of what its author wrote).</param>
/// <param name="Snippet">Safe HTML: the text is escaped, matches are wrapped in &lt;mark&gt;.</param>
/// <param name="Rank">Higher is more relevant: above 2 the words themselves, above 1 a word beginning with them, below 1 a near spelling.</param>
public sealed record SearchHit(string Type, Guid Id, Guid ThemeId, string Title, string Snippet, double Rank);

/// <summary>A lessons library search's filters besides the words.</summary>
/// <param name="Theme">A single theme asked for, if any.</param>
/// <param name="Tag">One of the lesson's tags, as written (tags are compared trimmed and in lower case).</param>
public sealed record LibraryFilter(Guid? Theme = null, LessonKind? Kind = null, Level? Level = null, string? Tag = null);

/// <summary>
/// Full-text search in Danish over the read models (<see cref="SearchSql"/> says how words are matched and ranked).
/// Only the themes the reader may see (<see cref="VisibleThemes"/>) and the lesson confidentialities open to them
/// (<see cref="LessonAccess.OpenTo"/>) are searched. Search is discovery: posts and lessons the secretariat has hidden
/// are never found, whoever searches; their author and the secretariat still read them by their address and in lists.
/// Results come a page at a time; the cursor is the last hit's id.
/// </summary>
public sealed class ForumSearch(IDocumentStore store, NpgsqlDataSource database)
{
    public static readonly string[] Types = ["lessons", "experiments", "decisions", "posts"];

    public const int LongestQuery = 200;

    private IEnumerable<SearchSql.Source> Sources()
    {
        // Tags are searched with the words; a Chatham House lesson's author is in no column searched or shown.
        yield return new("lessons", typeof(LessonView), "data->>'title'", "data->>'text'",
            "data->>'confidentiality' = any(@confidentialities) and data->>'hidden' is null",
            "array_to_string(array(select jsonb_array_elements_text(data->'tags')), ' ')");
        yield return new("experiments", typeof(Experiment), "data->>'title'", "concat_ws(' ', data->>'hypothesis', data->>'summary')");
        yield return new("decisions", typeof(Decision), "data->>'title'", "data->>'proposal'");
        yield return new("posts", typeof(Post), "left(data->>'text', 80)", "data->>'text'", "data->>'text' is not null and data->>'hidden' is null");
    }

    /// <summary>Why a search cannot be run as asked; null when it can. Each refusal names the parameter to correct.</summary>
    /// <param name="types">Some of <see cref="Types"/>; none for all of them.</param>
    public static Refusal? Refuses(string? q, IReadOnlyCollection<string> types) =>
        string.IsNullOrWhiteSpace(q) ? Invalid("q", "Skriv, hvad der skal søges efter, i parameteren q, fx q=ældrepleje.")
        : q.Length > LongestQuery ? Invalid("q", $"Søgeteksten må højst være {LongestQuery} tegn. Den er {q.Length} tegn.")
        : !q.Any(char.IsLetterOrDigit) ? Invalid("q", "Søgeteksten skal indeholde mindst ét bogstav eller tal.")
        : types.Except(Types).ToArray() is { Length: > 0 } unknown
            ? Invalid("types", $"Ukendt type: {string.Join(", ", unknown)}. Gyldige typer er: {string.Join(", ", Types)}.")
        : null;

    private static Refusal Invalid(string parameter, string detail) =>
        new(RefusalKind.Invalid, detail, new Dictionary<string, string[]> { [parameter] = [detail] });

    /// <summary>The whole forum as <paramref name="reader"/> may see it, most relevant first.</summary>
    /// <param name="types">Some of <see cref="Types"/>; none for all of them.</param>
    /// <param name="after">The last hit of the previous page.</param>
    public async Task<Page<SearchHit>> SearchAsync(
        IQuerySession session, Actor reader, string q, IReadOnlyCollection<string> types, Guid? after, int? limit, CancellationToken ct)
    {
        var sources = Sources().Where(s => types.Count == 0 || types.Contains(s.Type)).ToList();
        var themes = await VisibleThemes.IdsAsync(session, reader, null, ct);
        return await RunAsync(q.Trim(), sources, themes, LessonAccess.OpenTo(reader), null, after, Page.Clamp(limit), ct);
    }

    /// <summary>The lessons library as <paramref name="reader"/> may read it, ranked by relevance; every door searches it here.</summary>
    /// <param name="after">The last hit of the previous page.</param>
    public async Task<Page<SearchHit>> LibraryAsync(
        IQuerySession session, Actor reader, string q, LibraryFilter filter, Guid? after, int? limit, CancellationToken ct)
    {
        var themes = await VisibleThemes.IdsAsync(session, reader, filter.Theme, ct);
        var lessons = Sources().First(s => s.Type == "lessons");
        var tag = Blank.AsNull(filter.Tag) is { } t ? RecordingLessons.Tag(t) : null;
        var narrowed = (filter.Kind is null ? "" : " and data->>'kind' = @kind") + (filter.Level is null ? "" : " and data->>'authorLevel' = @level")
            + (tag is null ? "" : " and jsonb_exists(data->'tags', @tag)");
        return await RunAsync(q.Trim(), [lessons with { Extra = lessons.Extra + narrowed }], themes, LessonAccess.OpenTo(reader),
            cmd =>
            {
                if (filter.Kind is { } k) cmd.Parameters.AddWithValue("kind", Stored(k));
                if (filter.Level is { } l) cmd.Parameters.AddWithValue("level", Stored(l));
                if (tag is not null) cmd.Parameters.AddWithValue("tag", tag);
            }, after, Page.Clamp(limit), ct);
    }

    private async Task<Page<SearchHit>> RunAsync(
        string q, IReadOnlyList<SearchSql.Source> sources, Guid[] themes, Confidentiality[] confidentialities,
        Action<NpgsqlCommand>? parameters, Guid? after, int limit, CancellationToken ct)
    {
        if (sources.Count == 0 || themes.Length == 0) return new Page<SearchHit>([], null);
        var tables = sources.Select(s => store.Options.FindOrResolveDocumentType(s.Document).TableName.QualifiedName).ToList();
        await using var cmd = database.CreateCommand(SearchSql.For(sources, tables));
        cmd.Parameters.AddWithValue("q", q);
        cmd.Parameters.AddWithValue("themes", themes);
        cmd.Parameters.AddWithValue("confidentialities", confidentialities.Select(Stored).ToArray());
        cmd.Parameters.AddWithValue("after", NpgsqlTypes.NpgsqlDbType.Uuid, (object?)after ?? DBNull.Value);
        cmd.Parameters.AddWithValue("similarity", SearchSql.NearSpelling);
        cmd.Parameters.AddWithValue("limit", limit + 1);
        parameters?.Invoke(cmd);

        var hits = new List<SearchHit>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            hits.Add(new SearchHit(reader.GetString(0), reader.GetGuid(1), reader.GetGuid(2), reader.GetString(3), reader.GetString(4), reader.GetDouble(5)));
        return Page.Of(hits, limit, h => h.Id.ToString());
    }

    /// <summary>An enum value as Marten stores it in the document JSON.</summary>
    private string Stored<T>(T value) where T : struct, Enum => store.Options.Serializer().ToJson(value).Trim('"');
}
