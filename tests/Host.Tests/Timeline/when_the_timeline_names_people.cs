using System.Text.Json;
using Wolverine.Tracking;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>
/// The host remembers the people a timeline names between pages (RegistryCache), but never past a change: a member who
/// is renamed or erased is shown as they are now on the very next page, after a page that showed them as they were.
/// </summary>
public sealed class when_the_timeline_names_people(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task a_renamed_member_is_shown_by_their_new_name_on_the_very_next_page()
    {
        var (id, mette) = await MemberAsync("Mette Holm");
        var theme = await mette.OpenThemeAsync();
        Assert.Equal("Mette Holm", await NameOnFirstEntryAsync(mette, theme));

        var version = (await mette.ReadAsync<JsonElement>($"/api/members/{id}")).GetProperty("version").GetInt32();
        await (await mette.PutAsync($"/api/members/{id}",
            new { name = "Mette Holm Berg", email = "mette@aarhus.dk", level = "region", body = "Region Midtjylland", party = "A", version })).ShouldHaveStatusAsync(200);

        Assert.Equal("Mette Holm Berg", await NameOnFirstEntryAsync(mette, theme));
    }

    [Fact]
    public async Task an_erased_member_is_shown_as_a_former_member_on_the_very_next_page()
    {
        var (id, zacharias) = await MemberAsync("Zacharias Qvist");
        var theme = await zacharias.OpenThemeAsync("public");
        Assert.Equal("Zacharias Qvist", await NameOnFirstEntryAsync(Secretariat, theme));

        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{id}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));

        var page = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{theme}/timeline");
        var actor = page.GetProperty("items")[0].GetProperty("actor");
        Assert.Equal(("Tidligere medlem", JsonValueKind.Null, JsonValueKind.Null),
            (actor.Str("name"), actor.GetProperty("level").ValueKind, actor.GetProperty("body").ValueKind));
        Assert.DoesNotContain("Zacharias", page.GetRawText());
    }

    private static async Task<string> NameOnFirstEntryAsync(Caller reader, Guid theme) =>
        (await reader.ItemsAsync($"/api/themes/{theme}/timeline"))[0].GetProperty("actor").Str("name")!;
}
