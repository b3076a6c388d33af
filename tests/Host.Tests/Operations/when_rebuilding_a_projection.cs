using System.Text.Json;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// ops/projections rebuilds a read model from the events in a process of its own while the forum serves, shows its
/// progress, and GET /api/admin/projections tells admins where every projection stands.
/// </summary>
public sealed class when_rebuilding_a_projection(ForumFixture fixture) : ForumTest(fixture)
{
    [Fact]
    public async Task every_projection_is_at_the_high_water_mark_with_no_lag_and_no_rebuild()
    {
        var (_, member) = await MemberAsync();
        await member.PublishAsync(await member.OpenThemeAsync(), "Hvem har erfaring med delte vagtplaner?");

        var view = await Admin.ReadAsync<JsonElement>("/api/admin/projections");

        var highWaterMark = view.GetProperty("highWaterMark").GetInt64();
        Assert.True(highWaterMark > 0);
        var projections = view.GetProperty("projections").EnumerateArray().ToList();
        Assert.Contains(projections, p => p.GetProperty("name").GetString()!.EndsWith("TimelineProjection"));
        Assert.All(projections, p =>
        {
            Assert.Equal("inline", p.GetProperty("lifecycle").GetString());
            Assert.Equal(highWaterMark, p.GetProperty("position").GetInt64());
            Assert.Equal(0, p.GetProperty("lag").GetInt64());
            Assert.Equal("none", p.GetProperty("rebuild").GetString());
        });
    }

    [Fact]
    public async Task the_timeline_is_rebuilt_while_it_is_read_and_the_rebuild_reports_its_progress()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        var first = await member.PublishAsync(themeId, "Hvem har erfaring med delte vagtplaner?");
        for (var i = 0; i < 20; i++) await member.PublishAsync(themeId, $"Svar nummer {i}", first);
        var timeline = $"/api/themes/{themeId}/timeline?limit=100";
        var before = await (await member.GetAsync(timeline)).Content.ReadAsStringAsync();

        var rebuild = OpsScript.TryAsync("projections", new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Testing" },
            "--app", AppContext.BaseDirectory, "rebuild", "Timeline");
        var served = 0;
        while (!rebuild.IsCompleted)
        {
            await (await member.GetAsync(timeline)).ShouldHaveStatusAsync(200);
            await (await Admin.GetAsync("/api/admin/projections")).ShouldHaveStatusAsync(200);
            served++;
        }
        var (exitCode, output, errors) = await rebuild;

        Assert.True(exitCode == 0, errors + output);
        Assert.True(served > 0);
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        Assert.Matches(@"^TimelineProjection\s+\[#{30}\] 100% (\d+)/\1 events  \d+ events/s  ETA 00:00$", last);
        Assert.Equal(before, await (await member.GetAsync(timeline)).Content.ReadAsStringAsync());

        var view = await Admin.ReadAsync<JsonElement>("/api/admin/projections");
        var rebuilt = view.GetProperty("projections").EnumerateArray().Single(p => p.GetProperty("name").GetString()!.EndsWith("TimelineProjection"));
        Assert.Equal("done", rebuilt.GetProperty("rebuild").GetString());
        Assert.Equal(0, rebuilt.GetProperty("lag").GetInt64());
        Assert.True(rebuilt.GetProperty("rebuildFinishedAt").GetDateTimeOffset() >= rebuilt.GetProperty("rebuildStartedAt").GetDateTimeOffset());
    }

    /// <summary>
    /// All of them at once, as after a change to the read models: the timeline and the audit trail are rebuilt in one read
    /// of the events (ProjectionRebuilds), and each still shows its own progress and its own rebuild to admins.
    /// </summary>
    [Fact]
    public async Task every_projection_is_rebuilt_at_once_and_each_reports_its_rebuild()
    {
        var (_, member) = await MemberAsync();
        var themeId = await member.OpenThemeAsync();
        await member.PublishAsync(themeId, "Hvem har erfaring med delte vagtplaner?");
        var timeline = $"/api/themes/{themeId}/timeline?limit=100";
        var before = await (await member.GetAsync(timeline)).Content.ReadAsStringAsync();

        var (exitCode, output, errors) = await OpsScript.TryAsync("projections",
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Testing" }, "--app", AppContext.BaseDirectory, "rebuild");

        Assert.True(exitCode == 0, errors + output);
        Assert.Equal(before, await (await member.GetAsync(timeline)).Content.ReadAsStringAsync());
        var view = await Admin.ReadAsync<JsonElement>("/api/admin/projections");
        var projections = view.GetProperty("projections").EnumerateArray().ToList();
        Assert.Contains(projections, p => p.GetProperty("name").GetString()!.EndsWith("AuditTrailProjection"));
        Assert.All(projections, p =>
        {
            var name = p.GetProperty("name").GetString()!;
            Assert.True(p.GetProperty("rebuild").GetString() == "done", name);
            Assert.Equal(0, p.GetProperty("lag").GetInt64());
            Assert.Matches($@"(^|\n){name[(name.LastIndexOf('.') + 1)..]}\s+\[#{{30}}\] 100% ", output);
        });
    }

    [Fact]
    public async Task an_unknown_projection_is_named_with_the_ones_there_are()
    {
        var (exitCode, _, errors) = await OpsScript.TryAsync("projections", new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Testing" },
            "--app", AppContext.BaseDirectory, "rebuild", "Tidslinje");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("No projection is called 'Tidslinje'", errors);
        Assert.Contains("TimelineProjection", errors);
    }
}
