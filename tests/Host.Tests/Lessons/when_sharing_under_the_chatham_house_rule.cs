using System.Text.Json;
using Npgsql;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Lessons;

/// <summary>
/// A Chatham House lesson is read by those allowed, but nobody except its author learns who wrote it — the secretariat
/// and admins included: not from any response, not from a copy of anyone's data, not from who endorsed it, not from what
/// changes when the author is erased, and not from any read-model row. The event store still knows, until the erasure.
/// </summary>
public sealed class when_sharing_under_the_chatham_house_rule(ForumFixture fixture) : ForumTest(fixture)
{
    private const string AuthorName = "Xenia Fortrolighedsen", AuthorOid = "xenia-secret-oid", AuthorParty = "Fortrolighedspartiet";
    private const string AuthorLevel = "europaparlamentet", AuthorBody = "Europa-Parlamentet";
    private const string EndorserName = "Rikke Brugbar", EndorserOid = "rikke-endorser-oid";

    private static readonly string LessonTypes = "types=lesson.recorded,lesson.edited,lesson.endorsed,lesson.hidden,lesson.restored";

    [Fact]
    public async Task nobody_but_the_author_can_tell_who_wrote_it_before_or_after_the_author_is_erased()
    {
        Logs.Clear();
        // The author is the theme's only member of the European Parliament, so their level and body alone would name them.
        var (authorId, author) = await MemberAsync(AuthorName, AuthorLevel, AuthorBody, AuthorOid, AuthorParty);
        var (colleagueId, colleague) = await MemberAsync("Bent Kollega", "kommune", "Aalborg Kommune");
        var (endorserId, endorser) = await MemberAsync(EndorserName, "region", "Region Nordjylland", EndorserOid, "B");
        var (outsiderId, outsider) = await MemberAsync("Ole Udenfor", "folketing", "Folketinget");
        var organisation = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        var lineId = await Admin.CreateAsync("/api/staff", new { name = "Line Sekretær", email = "line@resonans.dk", organisationId = organisation, entraObjectId = "line-oid" });
        var line = As("secretariat", "line-oid");

        var theme = await colleague.OpenThemeAsync("forum", "Udskrivning af ældre patienter");
        await author.AddParticipantAsync(theme, authorId);
        await endorser.AddParticipantAsync(theme, endorserId);
        await colleague.RecordLessonAsync(theme, "Fælles vagtplan", "Vagtplanen hjalp hjemmeplejen.");
        var lesson = await author.RecordLessonAsync(theme, "Udskrivningen gik skævt",
            "Vi sendte borgerne hjem, før kommunernes hjemmepleje var klar.", "went-wrong", "chatham-house", ["udskrivning"]);
        await (await author.PutAsync($"/api/lessons/{lesson}", new { title = "Udskrivningen gik skævt", text = "Vi sendte borgerne hjem, før hjemmeplejen var klar.", kind = "went-wrong", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await endorser.EndorseAsync(lesson);
        // Moderation names the lesson, never its author: hidden and shown again, it must still reveal nobody.
        await (await line.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Kontrol" })).ShouldHaveStatusAsync(204);
        await (await line.PostAsync($"/api/lessons/{lesson}/restore")).ShouldHaveStatusAsync(204);

        var scan = new ChathamHouseScan(lesson,
        [
            AuthorName, $"{AuthorOid}@example.dk", AuthorOid, authorId.ToString(), AuthorLevel, AuthorBody, AuthorParty,
            // Whoever endorsed it is not its author: a list of endorsers narrows the search.
            EndorserName, $"{EndorserOid}@example.dk", EndorserOid, endorserId.ToString()
        ]);
        var readers = new (string Who, Caller Caller)[]
        {
            ("a colleague", colleague), ("the endorser", endorser), ("a member outside the theme", outsider),
            ("registered secretariat staff", line), ("the secretariat", Secretariat), ("an admin", Admin)
        };
        var surfaces = new[]
        {
            $"/api/lessons/{lesson}", "/api/lessons", $"/api/lessons?theme={theme}", "/api/lessons?q=hjemmeplejen",
            "/api/search?q=hjemmeplejen", $"/api/themes/{theme}/timeline?{LessonTypes}"
        };

        async Task<Dictionary<string, IReadOnlyList<string>>> ReadEverySurfaceAsync()
        {
            var seen = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var (who, reader) in readers)
            foreach (var url in surfaces.Concat(reader == line || reader == Secretariat || reader == Admin ? [$"/api/audit?actor={lineId}"] : []))
            {
                var shown = await scan.ShowsAsync(reader, who, url);
                seen[$"{who} {url}"] = scan.PartsAbout(shown);
                if (url.StartsWith("/api/lessons") && !url.Contains("q="))
                {
                    // Endorsements are a count on every surface; a reader learns only whether they endorsed it themselves.
                    var shownLesson = scan.LessonIn(shown);
                    Assert.Equal((1, reader == endorser), (shownLesson.GetProperty("endorsements").GetInt32(), shownLesson.GetProperty("endorsedByYou").GetBoolean()));
                    Assert.False(shownLesson.TryGetProperty("endorsedBy", out _));
                }
            }
            return seen;
        }

        var before = await ReadEverySurfaceAsync();

        // What a person did, as the secretariat and an admin can list it: the copies of each member's data, the audit trail
        // by actor. None of them shows the lesson, and each copy says the same about what it leaves out, author or not.
        foreach (var (who, reader) in new[] { ("the secretariat", Secretariat), ("an admin", Admin) })
        {
            var notes = new List<string>();
            foreach (var member in new[] { authorId, colleagueId, endorserId, outsiderId })
                notes.Add(JsonDocument.Parse(await scan.LeavesOutAsync(reader, who, $"/api/members/{member}/export")).RootElement.GetProperty("withheld").GetString()!);
            Assert.Single(notes.Distinct());
            foreach (var actor in new[] { authorId, endorserId })
                await scan.LeavesOutAsync(reader, who, $"/api/audit?actor={actor}");
        }
        // The author's own copy keeps it: the export would show the lesson, if it were handed to anyone else.
        var own = JsonDocument.Parse(await (await author.GetAsync($"/api/members/{authorId}/export")).Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(own.GetProperty("lessons").EnumerateArray(), l => l.GetProperty("lessonId").GetGuid() == lesson);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("withheld").ValueKind);
        Assert.True((await author.LessonAsync(lesson)).GetProperty("writtenByYou").GetBoolean());

        // The participant list names the author as a participant, as it should, until they are erased.
        Assert.Contains(await ParticipantsAsync(colleague, theme), p => p.Id("memberId") == authorId);
        await Host.ExecuteAndWaitAsync(async () =>
            await (await Admin.PostAsync($"/api/members/{authorId}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));

        // Erasing the author changes nothing anyone sees of the lesson: a change at that moment would name them.
        var after = await ReadEverySurfaceAsync();
        foreach (var (read, parts) in before) Assert.True(parts.SequenceEqual(after[read]), $"{read} changed when the author was erased.");
        // And the erased author is gone from the participant lists, level and body with them.
        foreach (var reader in new[] { colleague, Secretariat })
        {
            var detail = await reader.ThemeAsync(theme);
            var participants = detail.GetProperty("participants").GetRawText();
            foreach (var trace in new[] { authorId.ToString(), AuthorBody, "Tidligere medlem", AuthorLevel })
                Assert.DoesNotContain(trace, participants);
            Assert.Equal(0, detail.GetProperty("participantsPerLevel").GetProperty(AuthorLevel).GetInt32());
            var levels = await reader.ReadAsync<JsonElement>($"/api/themes/{theme}/levels");
            Assert.Contains(AuthorLevel, levels.GetProperty("absentLevels").EnumerateArray().Select(l => l.GetString()));
            Assert.Equal(1, levels.GetProperty("anonymousLessons").GetInt32());
        }

        // Every read-model row that mentions the lesson, in every document table.
        foreach (var row in await RowsMentioningAsync(lesson.ToString()))
        foreach (var secret in new[] { AuthorName, AuthorOid, authorId.ToString(), AuthorBody, EndorserName, EndorserOid })
            Assert.DoesNotContain(secret, row, StringComparison.OrdinalIgnoreCase);

        // No log line the host wrote while all this happened names the author, and none about the lesson points to them
        // (the requests for the author's own data name their id in the path, and only those).
        Assert.Contains(Logs.Lines, logged => logged.Contains(lesson.ToString()));
        foreach (var logged in Logs.Lines)
        foreach (var secret in logged.Contains(lesson.ToString()) ? [AuthorName, AuthorOid, authorId.ToString()] : new[] { AuthorName, AuthorOid })
            Assert.DoesNotContain(secret, logged, StringComparison.OrdinalIgnoreCase);
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
        // Named now, it is in the copies of the author's data that others make, like any lesson of theirs.
        var copy = await Secretariat.ReadAsync<JsonElement>($"/api/members/{authorId}/export");
        Assert.Equal(lesson, Assert.Single(copy.GetProperty("lessons").EnumerateArray()).GetProperty("lessonId").GetGuid());
    }

    private static async Task<JsonElement[]> ParticipantsAsync(Caller reader, Guid theme) =>
        (await reader.ThemeAsync(theme)).GetProperty("participants").EnumerateArray().ToArray();

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
