using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_listing_members(ForumFixture fixture) : ForumTest(fixture)
{
    private async Task<string[]> NamesAsync(string query)
    {
        var page = await Secretariat.ReadAsync<JsonElement>($"/api/members{query}");
        return page.GetProperty("items").EnumerateArray().Select(m => m.Text("name")!).ToArray();
    }

    private async Task RegisterTheDirectoryAsync()
    {
        await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune", party: "A");
        await MemberAsync("Anders Lund", "region", "Region Midtjylland", party: "V");
        await MemberAsync("Sofie Berg", "folketing", "Folketinget", party: "A");
        await MemberAsync("Karen Holm", "europaparlamentet", "Europa-Parlamentet", party: "F");
    }

    [Fact]
    public async Task everyone_present_is_listed_in_the_order_they_were_registered()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Mette Holm", "Anders Lund", "Sofie Berg", "Karen Holm"], await NamesAsync(""));
    }

    [Fact]
    public async Task members_are_filtered_by_level()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Anders Lund"], await NamesAsync("?level=region"));
    }

    [Fact]
    public async Task members_are_filtered_by_body_regardless_of_case()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Sofie Berg"], await NamesAsync("?body=folketinget"));
    }

    [Fact]
    public async Task members_are_filtered_by_party()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Mette Holm", "Sofie Berg"], await NamesAsync("?party=a"));
    }

    [Fact]
    public async Task a_search_matches_names_and_bodies()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Mette Holm", "Karen Holm"], await NamesAsync("?q=holm"));
        Assert.Equal(["Anders Lund"], await NamesAsync("?q=midtjylland"));
    }

    [Fact]
    public async Task filters_combine()
    {
        await RegisterTheDirectoryAsync();

        Assert.Equal(["Karen Holm"], await NamesAsync("?q=holm&level=europaparlamentet&party=F"));
        Assert.Empty(await NamesAsync("?q=holm&level=region"));
    }

    [Fact]
    public async Task pages_follow_the_next_cursor_until_there_is_none()
    {
        await RegisterTheDirectoryAsync();
        await MemberAsync("Peter Dam", "kommune", "Odense Kommune");

        var seen = new List<string>();
        var pages = 0;
        string? next = null;
        do
        {
            var page = await Secretariat.ReadAsync<JsonElement>(next is null ? "/api/members?limit=2" : $"/api/members?limit=2&after={next}");
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 2);
            seen.AddRange(items.Select(m => m.Text("name")!));
            next = page.Text("next");
            pages++;
        } while (next is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["Mette Holm", "Anders Lund", "Sofie Berg", "Karen Holm", "Peter Dam"], seen);
    }

    [Fact]
    public async Task a_page_that_holds_the_rest_has_no_next_cursor()
    {
        await RegisterTheDirectoryAsync();

        var page = await Secretariat.ReadAsync<JsonElement>("/api/members?limit=4");

        Assert.Equal(4, page.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
    }

    [Theory]
    [InlineData("level", "amt", "en af: kommune, region, folketing, europaparlamentet")]
    [InlineData("after", "not-a-cursor", "et id (en GUID), fx")]
    [InlineData("limit", "many", "et helt tal")]
    public async Task an_unreadable_filter_or_cursor_is_a_field_error_not_a_wider_list(string parameter, string value, string takes)
    {
        await RegisterTheDirectoryAsync();

        var problem = await (await Secretariat.GetAsync($"/api/members?{parameter}={value}")).ShouldBeProblemAsync(400);

        Assert.Contains(takes, problem.FieldError(parameter));
        Assert.StartsWith($"'{parameter}' skal være {takes}", problem.Detail());
    }

    [Fact]
    public async Task members_may_read_the_directory()
    {
        var (_, member) = await MemberAsync("Mette Holm");

        var page = await member.ReadAsync<JsonElement>("/api/members");

        Assert.Equal("Mette Holm", page.GetProperty("items")[0].Text("name"));
    }
}
