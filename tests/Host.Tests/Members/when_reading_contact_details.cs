using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

/// <summary>
/// The contact rule (README, "Who sees a member's contact details") over every read that shows a member: the directory,
/// a member by id, and one's own profile. Anne is read; Bo shares a closed theme with her; Carl shares none.
/// </summary>
public sealed class when_reading_contact_details(ForumFixture fixture) : ForumTest(fixture)
{
    private const string AnneOid = "oid-anne-contact";

    private async Task<(Guid Anne, Caller AnneHerself, Guid Bo, Caller Fellow, Caller Other, Guid Theme)> TheForumAsync()
    {
        var (anne, anneHerself) = await MemberAsync("Anne Larsen", objectId: AnneOid, party: "A");
        var (bo, fellow) = await MemberAsync("Bo Jensen", "region", "Region Midtjylland", party: "V");
        var (_, other) = await MemberAsync("Carl Holm", "folketing", "Folketinget", party: "F");
        var theme = await anneHerself.OpenThemeAsync("closed");
        await Admin.AddParticipantAsync(theme, bo);
        return (anne, anneHerself, bo, fellow, other, theme);
    }

    /// <summary>Anne as the reader sees her, by id and in the directory, which must agree.</summary>
    private static async Task<JsonElement> AnneAsSeenByAsync(Caller reader, Guid anne)
    {
        var byId = await reader.ReadAsync<JsonElement>($"/api/members/{anne}");
        var listed = (await reader.ReadAsync<JsonElement>("/api/members")).GetProperty("items").EnumerateArray().Single(m => m.Id() == anne);
        Assert.Equal(byId.GetRawText(), listed.GetRawText());
        return byId;
    }

    [Fact]
    public async Task each_kind_of_reader_sees_the_fields_the_rule_gives_them()
    {
        var forum = await TheForumAsync();
        var readers = new (string Who, Caller Reader, bool Email, bool ObjectId)[]
        {
            ("herself", forum.AnneHerself, true, true),
            ("a fellow participant", forum.Fellow, true, false),
            ("another member", forum.Other, false, false),
            ("the secretariat", Secretariat, true, true),
            ("an admin", Admin, true, true)
        };

        foreach (var (who, reader, email, objectId) in readers)
        {
            var anne = await AnneAsSeenByAsync(reader, forum.Anne);

            Assert.Equal((who, "Anne Larsen", "kommune", "Aarhus Kommune", "A"),
                (who, anne.Text("name"), anne.Text("level"), anne.Text("body"), anne.Text("party")));
            Assert.Equal((who, email ? $"{AnneOid}@example.dk" : null, objectId ? AnneOid : null),
                (who, anne.Text("email"), anne.Text("entraObjectId")));
        }
    }

    [Fact]
    public async Task a_member_sees_all_of_their_own_data_as_me()
    {
        var forum = await TheForumAsync();

        var me = await forum.AnneHerself.ReadAsync<JsonElement>("/api/members/me");

        Assert.Equal(("Anne Larsen", $"{AnneOid}@example.dk", AnneOid, "A"), (me.Text("name"), me.Text("email"), me.Text("entraObjectId"), me.Text("party")));
    }

    [Fact]
    public async Task a_fellow_who_leaves_the_theme_no_longer_sees_the_email()
    {
        var forum = await TheForumAsync();
        await (await forum.Fellow.DeleteAsync($"/api/themes/{forum.Theme}/participants/{forum.Bo}")).ShouldHaveStatusAsync(204);

        var anne = await AnneAsSeenByAsync(forum.Fellow, forum.Anne);

        Assert.Equal(JsonValueKind.Null, anne.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task once_a_member_leaves_the_forum_only_the_secretariat_sees_their_email()
    {
        var forum = await TheForumAsync();
        await (await forum.AnneHerself.DeleteAsync($"/api/members/{forum.Anne}")).ShouldHaveStatusAsync(204);

        var asFellow = await forum.Fellow.ReadAsync<JsonElement>($"/api/members/{forum.Anne}");
        var asSecretariat = await Secretariat.ReadAsync<JsonElement>($"/api/members/{forum.Anne}");

        Assert.Equal(JsonValueKind.Null, asFellow.GetProperty("email").ValueKind);
        Assert.Equal($"{AnneOid}@example.dk", asSecretariat.Text("email"));
    }
}
