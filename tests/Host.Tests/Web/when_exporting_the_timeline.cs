using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Web.Support;
using Politikerforum.Host.Web.Export;
using static Politikerforum.Host.Tests.Web.Support.DemoForumSeed;

namespace Politikerforum.Host.Tests.Web;

/// <summary>The timeline's view, taken away: the same entries as the page and the API give for the same filters, every one of them.</summary>
public sealed class when_exporting_the_timeline(ForumFixture fixture) : ForumTest(fixture)
{
    private Guid _themeId;
    private Visitor _line = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SeedAsync(Host, Clock);
        _themeId = await ThemeAsync(Host, Workforce);
        // More than one of the timeline's pages, so the export must read on past the first.
        var anne = As("member", "demo-anne");
        for (var i = 0; i < 230; i++) await anne.PublishAsync(_themeId, i == 7 ? "Citat: \"vi når det\"; ny linje\nher" : $"Regionens opfølgning {i}");
        _line = await Visitor.SignedInAsync(Host, "demo-line", "secretariat");
    }

    private string Export(string format, string query = "") => $"/sekretariat/temaer/{_themeId}/tidslinje.{format}{query}";

    [Fact]
    public async Task the_csv_holds_every_entry_of_the_view_with_a_byte_order_mark_for_excel()
    {
        var answer = await _line.GetAsync(Export("csv", "?niveau=region&type=post.published"));
        var bytes = await answer.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("text/csv", answer.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("tidslinje-fremtidens-arbejdskraft-", answer.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));
        var api = await Secretariat.AllPagesAsync($"/api/themes/{_themeId}/timeline?level=region&types=post.published", 200);
        Assert.Equal(TimelineExport.Csv.Header, lines[0]);
        Assert.Equal(api.Select(e => e.GetProperty("sequence").GetInt64().ToString()), lines.Skip(1).Select(l => l[0]));
        Assert.Equal(231, lines.Count - 1);
        Assert.Contains(lines, l => l[8] == "Startede en tråd: »Citat: \"vi når det\"; ny linje her«" && l[3] == "Anne Friis Nielsen" && l[4] == "Region");
    }

    [Fact]
    public async Task the_json_holds_the_same_entries_as_the_api()
    {
        var answer = await _line.GetAsync(Export("json", "?q=opf%C3%B8lgning+1"));
        var json = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;

        var api = await Secretariat.AllPagesAsync($"/api/themes/{_themeId}/timeline?q=opf%C3%B8lgning%201", 200);
        Assert.Equal("application/json", answer.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Workforce, json.GetProperty("theme").Str("title"));
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(api.Count, items.Count);
        Assert.All(api.Zip(items), pair => Assert.True(JsonNode.DeepEquals(JsonNode.Parse(pair.First.GetRawText()), JsonNode.Parse(pair.Second.GetRawText())),
            $"{pair.First.GetRawText()}\n{pair.Second.GetRawText()}"));
        Assert.Equal(111, api.Count);
    }

    [Fact]
    public async Task an_unreadable_filter_is_refused_rather_than_widened()
    {
        var level = await _line.GetAsync(Export("csv", "?niveau=amt"));
        var type = await _line.GetAsync(Export("csv", "?type=post.liked"));

        Assert.Equal(HttpStatusCode.BadRequest, level.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, type.StatusCode);
        Assert.Contains("Ukendt hændelsestype: post.liked", await type.Content.ReadAsStringAsync());
        Assert.Equal("text/html", type.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task a_cell_is_quoted_when_it_must_be_and_a_formula_is_never_one()
    {
        Assert.Equal("Aarhus Kommune", TimelineExport.Csv.Cell("Aarhus Kommune"));
        Assert.Equal("\"a;b\"", TimelineExport.Csv.Cell("a;b"));
        Assert.Equal("\"sagde \"\"ja\"\"\"", TimelineExport.Csv.Cell("sagde \"ja\""));
        Assert.Equal("\"to\nlinjer\"", TimelineExport.Csv.Cell("to\nlinjer"));
        Assert.Equal("'=HYPERLINK(\"x\")", TimelineExport.Csv.Cell("=HYPERLINK(\"x\")").Trim('"').Replace("\"\"", "\""));
        Assert.Equal("'+45 12 34", TimelineExport.Csv.Cell("+45 12 34"));
        Assert.Equal("'@SUM(A1)", TimelineExport.Csv.Cell("@SUM(A1)"));
        Assert.Equal("", TimelineExport.Csv.Cell(null));
    }
}
