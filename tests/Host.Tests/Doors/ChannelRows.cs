using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    /// <summary>Teams ids with a dashed guid in them, so both forums' ids compare alike.</summary>
    private static (string Team, string Channel) TeamsIds() => (Guid.NewGuid().ToString(), $"19:{Guid.NewGuid()}@thread.tacv2");

    private static IEnumerable<DoorRow> Channels() =>
    [
        DoorRow.For<LinkTeamsChannel>("the secretariat links a theme to a channel", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            var (team, channel) = TeamsIds();
            return new("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/themes/{theme}/teams-channel", new { teamId = team, channelId = channel },
                new LinkTeamsChannel(team, channel) { ThemeId = theme });
        }),
        DoorRow.For<LinkTeamsChannel>("a member may not link a channel", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            var (team, channel) = TeamsIds();
            return new("member", oid, HttpMethod.Put, $"/api/themes/{theme}/teams-channel", new { teamId = team, channelId = channel },
                new LinkTeamsChannel(team, channel) { ThemeId = theme });
        }),
        DoorRow.For<LinkTeamsChannel>("a channel id must be Teams'", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/themes/{theme}/teams-channel", new { teamId = "team", channelId = "general" },
                new LinkTeamsChannel("team", "general") { ThemeId = theme });
        }),
        DoorRow.For<UnlinkTeamsChannel>("the secretariat unlinks a theme's channel", async c =>
        {
            var secretariat = c.As("secretariat", "secretariat-oid");
            var theme = await secretariat.OpenThemeAsync();
            var (team, channel) = TeamsIds();
            await (await secretariat.PutAsync($"/api/themes/{theme}/teams-channel", new { teamId = team, channelId = channel })).ShouldHaveStatusAsync(204);
            return new("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/themes/{theme}/teams-channel", null, new UnlinkTeamsChannel(theme));
        }),
        DoorRow.For<UnlinkTeamsChannel>("a theme without a channel cannot be unlinked", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/themes/{theme}/teams-channel", null, new UnlinkTeamsChannel(theme));
        }),
        DoorRow.For<ChooseUrgentMeetings>("the secretariat chooses meetings for urgent pace", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/themes/{theme}/urgent-meetings", new { on = true },
                new ChooseUrgentMeetings(true) { ThemeId = theme });
        }),
        DoorRow.For<ChooseUrgentMeetings>("a member may not choose meetings", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Put, $"/api/themes/{theme}/urgent-meetings", new { on = true },
                new ChooseUrgentMeetings(true) { ThemeId = theme });
        }),
    ];
}
