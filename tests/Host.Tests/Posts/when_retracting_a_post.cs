using System.Text.Json;
using Marten;
using Npgsql;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Posts;

public sealed class when_retracting_a_post(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task the_author_retracts_it_and_its_text_is_gone()
    {
        var (_, postId, author) = await AuthorOfAPostAsync("Det burde jeg ikke have skrevet");

        await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldHaveStatusAsync(204);

        var post = await author.PostAsync(postId);
        Assert.Equal(JsonValueKind.Null, post.GetProperty("text").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, post.GetProperty("retractedAt").ValueKind);
    }

    [Fact]
    public async Task retracting_twice_is_a_conflict_and_so_are_editing_and_replying_afterwards()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync("Tekst");
        await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldHaveStatusAsync(204);
        var before = await EventCountAsync();

        var problem = await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(409);
        await (await author.PutAsync($"/api/posts/{postId}", new { text = "Igen", version = 2 })).ShouldBeProblemAsync(409);
        await (await author.PostAsync($"/api/themes/{themeId}/posts", new { text = "Svar", replyTo = postId })).ShouldBeProblemAsync(409);

        Assert.Contains("allerede trukket tilbage", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task nobody_else_may_retract_it()
    {
        var (themeId, postId, author) = await AuthorOfAPostAsync("Tekst");
        var (otherId, other) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");
        await other.AddParticipantAsync(themeId, otherId);

        await (await other.DeleteAsync($"/api/posts/{postId}")).ShouldBeProblemAsync(403);

        Assert.Equal("Tekst", (await author.PostAsync(postId)).Str("text"));
    }
}

/// <summary>
/// A retracted post's words leave everything the forum shows and every read model it keeps: the post, the timeline
/// entries that quoted it (its publishing and its edits), search. Only the event store keeps them.
/// </summary>
public sealed class when_a_retracted_post_leaves_the_read_models(ForumFixture fixture) : ForumTest(fixture)
{
    private const string Written = "Borgmesterens budget er en katastrofe", Corrected = "Budgettet er en katastrofe for skolerne";

    private async Task<(Guid ThemeId, Guid PostId, Caller Author)> AnEditedThenRetractedPostAsync(bool personal = false)
    {
        var (_, author) = await MemberAsync();
        var themeId = await author.OpenThemeAsync();
        var postId = await author.CreateAsync($"/api/themes/{themeId}/posts", new { text = Written, personal });
        await (await author.PutAsync($"/api/posts/{postId}", new { text = Corrected, version = 1 })).ShouldHaveStatusAsync(200);
        await (await author.DeleteAsync($"/api/posts/{postId}")).ShouldHaveStatusAsync(204);
        return (themeId, postId, author);
    }

    [Fact]
    public async Task its_words_vanish_from_the_timeline_and_search_while_the_events_keep_them()
    {
        var (themeId, postId, author) = await AnEditedThenRetractedPostAsync();

        var entries = (await Secretariat.ItemsAsync($"/api/themes/{themeId}/timeline")).Where(e => e.Text("itemId") == postId.ToString()).ToList();
        Assert.Equal(
            [("post.published", "Skrev et indlæg, som siden er trukket tilbage"), ("post.edited", "Rettede et indlæg, som siden er trukket tilbage"),
             ("post.retracted", "Trak et indlæg tilbage")],
            entries.Select(e => (e.Str("type"), e.Str("summary"))));
        Assert.Empty(await author.ItemsAsync("/api/search?q=katastrofe"));
        Assert.Empty(await DocumentsMentioningAsync("katastrofe"));
        var events = await Store.QuerySession().Events.FetchStreamAsync(postId);
        Assert.Equal([Written, Corrected], events.Select(e => e.Data).OfType<object>().Select(TextOf).OfType<string>());
    }

    [Fact]
    public async Task erasing_its_author_still_masks_the_words_in_the_events_and_the_timeline_stays_without_them()
    {
        var (themeId, postId, _) = await AnEditedThenRetractedPostAsync(personal: true);
        var memberId = (await Secretariat.ItemsAsync($"/api/themes/{themeId}/timeline"))[0].GetProperty("actor").Id();

        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{memberId}/erasure", new { reason = "Artikel 17" })).ShouldHaveStatusAsync(200));

        var events = await Store.QuerySession().Events.FetchStreamAsync(postId);
        Assert.All(events.Select(e => e.Data).Select(TextOf).OfType<string>(), text => Assert.Equal(Domain.Members.Erasing.ErasedText, text));
        Assert.Empty(await DocumentsMentioningAsync("katastrofe"));
        Assert.Contains(await Secretariat.ItemsAsync($"/api/themes/{themeId}/timeline"),
            e => e.Str("summary") == "Rettede et indlæg, som siden er trukket tilbage");
    }

    private static string? TextOf(object data) => data switch
    {
        Domain.Posts.PostPublished p => p.Text,
        Domain.Posts.PostEdited e => e.Text,
        _ => null
    };

    /// <summary>Every document of every read model the forum keeps, read as text: a new read model is searched too.</summary>
    private async Task<List<string>> DocumentsMentioningAsync(string word)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables where table_name like 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains("forum.mt_doc_timelineentry", tables);
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var query = new NpgsqlCommand($"select count(*) from {table} t where t::text ilike '%' || @word || '%'", connection);
            query.Parameters.AddWithValue("word", word);
            if ((long)(await query.ExecuteScalarAsync())! > 0) found.Add(table);
        }
        return found;
    }
}
