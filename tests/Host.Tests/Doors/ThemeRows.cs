using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private const string Title = "Klimatilpasning", Description = "Hvem betaler for digerne?";

    private static IEnumerable<DoorRow> Themes() =>
    [
        DoorRow.For<OpenTheme>("a member opens a theme and takes part in it", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/themes", new { title = Title, description = Description, visibility = "closed" },
                new OpenTheme(Title, Description, Visibility.Closed));
        }),
        DoorRow.For<OpenTheme>("an integrator may not open a theme", _ => Task.FromResult(new DoorCase("integrator", "integrator-oid", HttpMethod.Post,
            "/api/themes", new { title = Title, description = Description, visibility = "public" }, new OpenTheme(Title, Description, Visibility.Public)))),
        DoorRow.For<OpenTheme>("a member may not ask for a Teams channel when opening a theme", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/themes", new { title = Title, description = Description, visibility = "forum", teamsChannel = true },
                new OpenTheme(Title, Description, Visibility.Forum, TeamsChannel: true));
        }),
        DoorRow.For<OpenTheme>("a theme needs a title and a visibility", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            return new("member", oid, HttpMethod.Post, "/api/themes", new { title = " ", description = Description }, new OpenTheme(" ", Description, null));
        }),
        DoorRow.For<UpdateTheme>("the opener updates their theme", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Put, $"/api/themes/{theme}", new { title = Title, description = Description, visibility = "public", version = 2 },
                new UpdateTheme(Title, Description, Visibility.Public, 2) { ThemeId = theme });
        }),
        DoorRow.For<UpdateTheme>("updating from a stale version is a conflict", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Put, $"/api/themes/{theme}", new { title = Title, description = Description, visibility = "public", version = 1 },
                new UpdateTheme(Title, Description, Visibility.Public, 1) { ThemeId = theme });
        }),
        DoorRow.For<UpdateTheme>("another member may not update a theme", async c =>
        {
            var (_, opener, _) = await c.MemberAsync();
            var (_, _, other) = await c.MemberAsync("Jonas Krag", "folketing", "Folketinget");
            var theme = await opener.OpenThemeAsync();
            return new("member", other, HttpMethod.Put, $"/api/themes/{theme}", new { title = Title, description = Description, visibility = "public", version = 2 },
                new UpdateTheme(Title, Description, Visibility.Public, 2) { ThemeId = theme });
        }),
        DoorRow.For<UpdateTheme>("an unknown theme is not found", _ =>
        {
            var unknown = Guid.NewGuid();
            return Task.FromResult(new DoorCase("secretariat", "secretariat-oid", HttpMethod.Put, $"/api/themes/{unknown}",
                new { title = Title, description = Description, visibility = "public", version = 1 },
                new UpdateTheme(Title, Description, Visibility.Public, 1) { ThemeId = unknown }));
        }),
        DoorRow.For<ArchiveTheme>("the opener archives their theme", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/archive", null, new ArchiveTheme(theme));
        }),
        DoorRow.For<ArchiveTheme>("archiving twice is a conflict", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            await (await c.As("secretariat", "secretariat-oid").PostAsync($"/api/themes/{theme}/archive", null)).ShouldHaveStatusAsync(204);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/themes/{theme}/archive", null, new ArchiveTheme(theme));
        }),
        DoorRow.For<AddParticipant>("a member joins a forum theme", async c =>
        {
            var (_, opener, _) = await c.MemberAsync();
            var (joiner, _, oid) = await c.MemberAsync("Anne Berg", "region", "Region Syddanmark");
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/participants", new { memberId = joiner }, new AddParticipant(joiner) { ThemeId = theme });
        }),
        DoorRow.For<AddParticipant>("a member may not add someone else", async c =>
        {
            var (_, opener, oid) = await c.MemberAsync();
            var (other, _, _) = await c.MemberAsync("Anne Berg", "region", "Region Syddanmark");
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/participants", new { memberId = other }, new AddParticipant(other) { ThemeId = theme });
        }),
        DoorRow.For<AddParticipant>("an unknown member cannot be added", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            var unknown = Guid.NewGuid();
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/themes/{theme}/participants", new { memberId = unknown },
                new AddParticipant(unknown) { ThemeId = theme });
        }),
        DoorRow.For<AddParticipant>("an outsider cannot find a closed theme to join", async c =>
        {
            var (_, opener, _) = await c.MemberAsync();
            var (outsider, _, oid) = await c.MemberAsync("Anne Berg", "region", "Region Syddanmark");
            var theme = await opener.OpenThemeAsync("closed");
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/participants", new { memberId = outsider }, new AddParticipant(outsider) { ThemeId = theme });
        }),
        DoorRow.For<RemoveParticipant>("a participant leaves a theme", async c =>
        {
            var (participant, opener, oid) = await c.MemberAsync();
            var theme = await opener.OpenThemeAsync();
            return new("member", oid, HttpMethod.Delete, $"/api/themes/{theme}/participants/{participant}", null, new RemoveParticipant(theme, participant));
        }),
        DoorRow.For<RemoveParticipant>("someone who does not take part cannot leave", async c =>
        {
            var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
            var (member, _, _) = await c.MemberAsync();
            return new("secretariat", "secretariat-oid", HttpMethod.Delete, $"/api/themes/{theme}/participants/{member}", null, new RemoveParticipant(theme, member));
        }),
        .. PaceRows(),
    ];

    private static IEnumerable<DoorRow> PaceRows()
    {
        const string reason = "Stormfloden rammer i weekenden";
        object Urgent(ForumTestContext c) => new { pace = "urgent", reason, until = c.Now.AddDays(2) };
        SwitchPace UrgentCommand(ForumTestContext c, Guid theme) => new(Pace.Urgent, reason, c.Now.AddDays(2)) { ThemeId = theme };

        return
        [
            DoorRow.For<SwitchPace>("the secretariat switches a theme to urgent at once", async c =>
            {
                var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
                return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/themes/{theme}/pace", Urgent(c), UrgentCommand(c, theme));
            }),
            DoorRow.For<SwitchPace>("a participant's call for urgency waits for another level", async c =>
            {
                var (_, opener, oid) = await c.MemberAsync();
                var theme = await opener.OpenThemeAsync();
                return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/pace", Urgent(c), UrgentCommand(c, theme));
            }),
            DoorRow.For<SwitchPace>("a participant from another level seconds the call", async c =>
            {
                var (_, opener, _) = await c.MemberAsync();
                var (second, seconder, oid) = await c.MemberAsync("Anne Berg", "region", "Region Syddanmark");
                var theme = await opener.OpenThemeAsync();
                await seconder.AddParticipantAsync(theme, second);
                await (await opener.PostAsync($"/api/themes/{theme}/pace", Urgent(c))).ShouldHaveStatusAsync(202);
                return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/pace", Urgent(c), UrgentCommand(c, theme));
            }),
            DoorRow.For<SwitchPace>("an outsider may not switch a theme's pace", async c =>
            {
                var (_, opener, _) = await c.MemberAsync();
                var (_, _, outsider) = await c.MemberAsync("Anne Berg", "region", "Region Syddanmark");
                var theme = await opener.OpenThemeAsync();
                return new("member", outsider, HttpMethod.Post, $"/api/themes/{theme}/pace", Urgent(c), UrgentCommand(c, theme));
            }),
            DoorRow.For<SwitchPace>("urgency needs a reason and an end time", async c =>
            {
                var theme = await c.As("secretariat", "secretariat-oid").OpenThemeAsync();
                return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/themes/{theme}/pace", new { pace = "urgent" },
                    new SwitchPace(Pace.Urgent, null, null) { ThemeId = theme });
            }),
        ];
    }
}
