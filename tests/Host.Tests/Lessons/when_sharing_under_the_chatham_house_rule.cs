using System.Text.Json;
using Npgsql;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>
/// A Chatham House lesson is read by those allowed, but nobody except its author learns who wrote it:
/// not from any response, and not from any read-model row. The event store still knows.
/// </summary>
public sealed class when_sharing_under_the_chatham_house_rule(ForumFixture fixture) : ForumTest(fixture)
{
    private const string AuthorName = "Xenia Fortrolighedsen";
    private const string AuthorOid = "xenia-secret-oid";
    private string AuthorEmail => $"{AuthorOid}@example.dk";

    [Fact]
    public async Task no_response_and_no_read_model_row_ties_the_lesson_to_its_author()
    {
        Logs.Clear();
        var (authorId, author) = await MemberAsync(AuthorName, "region", "Region Nordjylland", AuthorOid);
        var (colleagueId, colleague) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await colleague.OpenThemeAsync("forum", "Udskrivning af ældre patienter");
        await author.AddParticipantAsync(theme, authorId);
        var lesson = await author.RecordLessonAsync(theme, "Udskrivningen gik skævt",
            "Vi sendte borgerne hjem, før kommunernes hjemmepleje var klar.", "went-wrong", "chatham-house", ["udskrivning"]);
        await (await colleague.PostAsync($"/api/lessons/{lesson}/endorsements")).ShouldHaveStatusAsync(204);
        // Moderation names the lesson, never its author: hidden and shown again, it must still reveal nobody.
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Kontrol" })).ShouldHaveStatusAsync(204);
        await (await Secretariat.PostAsync($"/api/lessons/{lesson}/restore")).ShouldHaveStatusAsync(204);

        var secrets = new[] { AuthorName, AuthorEmail, AuthorOid, authorId.ToString() };
        var readers = new[] { colleague, Secretariat, Admin, As("member", "someone-else"), Integrator };
        var reads = new[]
        {
            $"/api/lessons/{lesson}", "/api/lessons", "/api/lessons?q=kommune", $"/api/lessons?theme={theme}",
            "/api/search?q=hjemmepleje", $"/api/themes/{theme}/timeline", $"/api/themes/{theme}", "/api/themes",
            $"/api/themes/{theme}/levels", $"/api/themes/{theme}/posts", "/api/experiments", "/api/decisions", "/api/commitments",
            "/api/commitments/ledger", "/api/members", $"/api/members/{colleagueId}",
            "/api/audit", $"/api/audit?theme={theme}"
        };
        var mentions = 0;
        foreach (var reader in readers)
        foreach (var url in reads)
        {
            var response = await reader.GetAsync(url);
            if (!response.IsSuccessStatusCode) continue;
            var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            foreach (var mention in Mentioning(json, lesson.ToString()))
            foreach (var secret in secrets.Where(_ => ++mentions > 0))
                Assert.DoesNotContain(secret, mention, StringComparison.OrdinalIgnoreCase);
        }

        // Lesson, list, theme list, search and timeline each showed it to the colleague, the secretariat and the admin.
        Assert.True(mentions >= 3 * 5 * secrets.Length, $"Only {mentions} checks made: the lesson did not show up where expected.");

        // Every read-model row that mentions the lesson, in every document table.
        foreach (var row in await RowsMentioningAsync(lesson.ToString()))
        foreach (var secret in secrets)
            Assert.DoesNotContain(secret, row, StringComparison.OrdinalIgnoreCase);

        // No log line the host wrote while all this happened names the author in any way.
        Assert.Contains(Logs.Lines, line => line.Contains(lesson.ToString()));
        foreach (var line in Logs.Lines)
        foreach (var secret in secrets)
            Assert.DoesNotContain(secret, line, StringComparison.OrdinalIgnoreCase);

        // The author alone sees that the lesson is theirs; the event store still knows it.
        var own = await author.ReadAsync<JsonElement>($"/api/lessons/{lesson}");
        Assert.True(own.GetProperty("writtenByYou").GetBoolean());
        Assert.Equal(AuthorName, own.GetProperty("author").GetProperty("name").GetString());
        var events = await Store.QuerySession().Events.FetchStreamAsync(lesson);
        Assert.Equal(authorId.ToString(), events[0].UserName);
        Assert.NotEqual(colleagueId, authorId);
    }

    [Fact]
    public async Task the_author_may_put_their_name_to_it_later()
    {
        var (authorId, author) = await MemberAsync(AuthorName, "region", "Region Nordjylland", AuthorOid);
        var (_, colleague) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var theme = await author.OpenThemeAsync();
        var lesson = await author.RecordLessonAsync(theme, "Fælles vagtplan", "Det virkede at dele vagtplanen.", "worked", "chatham-house");

        await (await colleague.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(403);
        await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldHaveStatusAsync(204);
        await (await author.PostAsync($"/api/lessons/{lesson}/attribution")).ShouldBeProblemAsync(409);

        var seen = await colleague.ReadAsync<JsonElement>($"/api/lessons/{lesson}");
        Assert.Equal(authorId, seen.GetProperty("author").GetProperty("id").GetGuid());
        Assert.False(seen.GetProperty("writtenByYou").GetBoolean());
    }

    /// <summary>The raw JSON of the innermost objects whose own values mention the text.</summary>
    private static IEnumerable<string> Mentioning(JsonElement element, string text)
    {
        if (element.ValueKind == JsonValueKind.Array)
            return element.EnumerateArray().SelectMany(e => Mentioning(e, text));
        if (element.ValueKind != JsonValueKind.Object) return [];
        var own = element.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains(text));
        var inner = element.EnumerateObject().SelectMany(p => Mentioning(p.Value, text)).ToList();
        return own ? inner.Prepend(element.GetRawText()) : inner;
    }

    private async Task<List<string>> RowsMentioningAsync(string text)
    {
        var rows = new List<string>();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = 'forum' and table_name like 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains("mt_doc_lessonview", tables);
        foreach (var table in tables)
        {
            await using var query = new NpgsqlCommand($"select data::text from forum.{table} where data::text like '%' || @text || '%'", connection);
            query.Parameters.AddWithValue("text", text);
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        }
        Assert.NotEmpty(rows);
        return rows;
    }
}
