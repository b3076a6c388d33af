namespace Politikerforum.Domain.Search;

/// <summary>
/// How the forum's search finds what people mean in Danish, as one SQL query over the read models' tables.
/// Three tiers, each ranked within itself and all of a higher tier first:
/// <list type="number">
/// <item>the words themselves, stemmed with PostgreSQL's <c>danish</c> configuration ("kommune" finds "kommunernes");</item>
/// <item>words that begin with their stems, so a part finds the compound ("regnvand" finds "Regnvandsbede");</item>
/// <item>a near spelling by <c>pg_trgm</c>'s word similarity, for partial and misspelt words ("regnvnd").</item>
/// </list>
/// </summary>
public static class SearchSql
{
    /// <param name="Title">The column expression shown as the hit's title.</param>
    /// <param name="Body">The column expression the snippet is cut from.</param>
    /// <param name="Extra">A condition every row must meet besides its theme (visibility, moderation, filters).</param>
    /// <param name="Searched">More text that is searched but never shown (a lesson's tags).</param>
    public sealed record Source(string Type, Type Document, string Title, string Body, string Extra = "true", string Searched = "''");

    /// <summary>
    /// How alike a near spelling must be (0–1), PostgreSQL's own default for word similarity: "regnvnd" is 0.63 like
    /// "Regnvandsbede", "hjemmplejen" 0.67 like "Hjemmeplejen", but "membraner" only 0.5 like "vagtplaner mellem".
    /// </summary>
    public const double NearSpelling = 0.6;

    /// <summary>Shorter stems would make a prefix of almost nothing ("eu" begins a hundred words); they are matched whole.</summary>
    private const int ShortestPrefix = 3;

    /// <summary>
    /// The query: parameters <c>@q</c>, <c>@themes</c>, <c>@after</c> (the last hit's id, or null), <c>@similarity</c>,
    /// <c>@limit</c>, and whatever the sources' conditions name.
    /// </summary>
    /// <param name="tables">Each source's table, in order.</param>
    public static string For(IReadOnlyList<Source> sources, IReadOnlyList<string> tables) =>
        $"""
        with query as (
            select exact, {Prefixed("exact::text")}::tsquery as prefix, length(@q) >= 4 as spelled
            from (select websearch_to_tsquery('danish', @q) as exact) words
        ),
        hits as (
        {string.Join("\nunion all\n", sources.Select((s, i) => Select(s, tables[i])))}
        ),
        cursor_hit as (select rank, id from hits where id = @after)
        select type, id, theme_id, title, snippet, rank from hits
        where @after is null or exists (select 1 from cursor_hit c where hits.rank < c.rank or (hits.rank = c.rank and hits.id > c.id))
        order by rank desc, id
        limit @limit
        """;

    private static string Select(Source s, string table) =>
        $"""
        select '{s.Type}' as type, d.id, d.theme_id, d.title,
               ts_headline('danish', d.body, case when m.exact then query.exact else query.prefix end,
                           'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=30, MinWords=10') as snippet,
               (case when m.exact then 2 + ts_rank(d.doc, query.exact, 32)
                     when m.prefix then 1 + ts_rank(d.doc, query.prefix, 32)
                     else m.similar end)::float8 as rank
        from (
            select id, (data->>'themeId')::uuid as theme_id, {Escaped(s.Title)} as title, {Escaped(s.Body)} as body, text,
                   to_tsvector('danish', text) as doc
            from (select *, concat_ws(' ', {s.Title}, {s.Body}, {s.Searched}) as text from {table}) t
            where (data->>'themeId')::uuid = any(@themes) and {s.Extra}
        ) d, query,
        lateral (select d.doc @@ query.exact as exact, d.doc @@ query.prefix as prefix,
                        case when query.spelled then word_similarity(@q, d.text) else 0 end as similar) m
        where m.exact or m.prefix or m.similar >= @similarity
        """;

    /// <summary>
    /// The stemmed query with every lexeme made a prefix ('regnvand' → 'regnvand':*), keeping its operators (and, or,
    /// not, phrases), then the short ones made whole again. The second step cannot match across lexemes: between two of
    /// them there are always more than two characters (<c>':* &amp; '</c>).
    /// </summary>
    private static string Prefixed(string tsquery) =>
        $"regexp_replace(regexp_replace({tsquery}, '''((?:[^'']|'''')*)''', '''\\1'':*', 'g'), " +
        $"'''([^'']{{1,{ShortestPrefix - 1}}})'':\\*', '''\\1''', 'g')";

    /// <summary>A text column as safe HTML: what the reader wrote is shown, never run.</summary>
    private static string Escaped(string column) => $"replace(replace(replace(coalesce({column}, ''), '&', '&amp;'), '<', '&lt;'), '>', '&gt;')";
}
