using System.Text.Json;
using Npgsql;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Members;

/// <summary>GDPR art. 17: the member's personal data leaves the whole database; what they contributed stays, unnamed.</summary>
public sealed class when_erasing_a_member(ForumFixture fixture) : ForumTest(fixture)
{
    private const string Name = "Zacharias Sletmigigen", Party = "Partiet for Glemsel", Oid = "zacharias-erase-oid";
    private const string Email = Oid + "@example.dk";
    private const string PersonalText = "Henriette Hjertesygdom";

    private async Task<(Guid Id, Guid Theme, Guid Post)> AContributingMemberAsync()
    {
        var id = await Admin.CreateAsync("/api/members", new { name = Name, email = Email, level = "region", body = "Region Sjælland", party = Party, entraObjectId = Oid });
        var zacharias = As("member", Oid);
        await (await zacharias.PutAsync($"/api/members/{id}", new { name = Name + " Jr.", email = Email, level = "region", body = "Region Sjælland", party = Party, version = 1 }))
            .ShouldHaveStatusAsync(200);
        var theme = await zacharias.OpenThemeAsync("forum", "Sygehusbyggerier");
        var post = await zacharias.PublishAsync(theme, "Byggeriet er forsinket et år.");
        // Text the author marked as personal leaves with them; the rest stays.
        await zacharias.CreateAsync($"/api/themes/{theme}/posts", new { text = $"Min kone {PersonalText} er indlagt.", personal = true });
        await zacharias.CreateAsync($"/api/themes/{theme}/lessons", new
        {
            title = "Pårørende", text = $"Som pårørende til {PersonalText} lærte jeg meget.", kind = "mixed", confidentiality = "forum", personal = true
        });
        await (await zacharias.PostAsync($"/api/themes/{theme}/posts", new { text = "Og budgettet er overskredet." }, $"zacharias-{Guid.NewGuid():N}"))
            .ShouldHaveStatusAsync(201);
        await zacharias.RecordLessonAsync(theme, "Forsinkelser", "Vi undervurderede jordbundsforholdene.", "went-wrong", "chatham-house");
        return (id, theme, post);
    }


    [Fact]
    public async Task no_table_in_the_database_holds_their_personal_data_and_their_contributions_remain()
    {
        var (id, theme, post) = await AContributingMemberAsync();

        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{id}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));

        var found = await TablesMentioningAsync(Name, Email, Party, Oid, PersonalText);
        Assert.True(found.Count == 0, "Personal data left in: " + string.Join(", ", found));

        var shown = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{theme}/timeline");
        Assert.Contains(shown.GetProperty("items").EnumerateArray(), e =>
            e.GetProperty("itemId").ToString() == post.ToString() && e.GetProperty("actor").GetProperty("name").GetString() == "Tidligere medlem");
        await (await As("member", Oid).GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
        Assert.Equal("Byggeriet er forsinket et år.", (await Secretariat.ReadAsync<JsonElement>($"/api/posts/{post}")).GetProperty("text").GetString());
        var erased = (await Store.QuerySession().Events.FetchStreamAsync(id)).Last();
        Assert.Equal("member_erased", erased.EventTypeName);
    }

    [Fact]
    public async Task only_the_secretariat_erases_and_only_once()
    {
        var (id, _, _) = await AContributingMemberAsync();
        var (_, colleague) = await MemberAsync();
        var before = await EventCountAsync();

        await (await colleague.PostAsync($"/api/members/{id}/erasure", new { })).ShouldBeProblemAsync(403);
        await (await As("member", Oid).PostAsync($"/api/members/{id}/erasure", new { })).ShouldBeProblemAsync(403);
        await (await Secretariat.PostAsync($"/api/members/{Guid.NewGuid()}/erasure", new { })).ShouldBeProblemAsync(404);
        Assert.Equal(before, await EventCountAsync());

        await Host.ExecuteAndWaitAsync(async () => await (await Admin.PostAsync($"/api/members/{id}/erasure", new { })).ShouldHaveStatusAsync(200));
        await (await Secretariat.PostAsync($"/api/members/{id}/erasure", new { })).ShouldBeProblemAsync(409);
    }

    /// <summary>Every table of every schema of ours, read as text.</summary>
    private static async Task<List<string>> TablesMentioningAsync(params string[] secrets)
    {
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("ConnectionStrings__Marten"));
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "select quote_ident(table_schema) || '.' || quote_ident(table_name) from information_schema.tables " +
            "where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        Assert.Contains("forum.mt_events", tables);

        var found = new List<string>();
        foreach (var table in tables)
        foreach (var secret in secrets)
        {
            await using var query = new NpgsqlCommand($"select count(*) from {table} t where t::text ilike '%' || @secret || '%'", connection);
            query.Parameters.AddWithValue("secret", secret);
            if ((long)(await query.ExecuteScalarAsync())! > 0) found.Add($"{table} ({secret})");
        }
        return found;
    }
}
