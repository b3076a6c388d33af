using Politikerforum.Domain;
using Politikerforum.Domain.Experiments;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Doors;

public static partial class DoorRows
{
    private static ProposeExperiment Proposal(DateTimeOffset now, Guid themeId) =>
        new("Firedages arbejdsuge i ældreplejen", "Flere søger job i ældreplejen, når arbejdsugen er fire dage.",
            ["Odense Kommune", "Region Syddanmark"], [Level.Kommune, Level.Region], DateOnly.FromDateTime(now.UtcDateTime).AddMonths(6)) { ThemeId = themeId };

    /// <summary>A member's proposal in a theme they opened, started when <paramref name="running"/>.</summary>
    private static async Task<(Guid Id, string ObjectId, Guid ThemeId)> AnExperimentAsync(ForumTestContext c, bool running = false)
    {
        var (_, proposer, oid) = await c.MemberAsync();
        var theme = await proposer.OpenThemeAsync();
        var id = await proposer.ProposeExperimentAsync(theme, c.Now);
        if (running) await proposer.StartExperimentAsync(id);
        return (id, oid, theme);
    }

    private static IEnumerable<DoorRow> Experiments() =>
    [
        DoorRow.For<ProposeExperiment>("a participant proposes an experiment", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/experiments", ExperimentSteps.Proposal(c.Now), Proposal(c.Now, theme));
        }),
        DoorRow.For<ProposeExperiment>("an experiment in an unknown theme is not found", async c =>
        {
            var (_, _, oid) = await c.MemberAsync();
            var unknown = Guid.NewGuid();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{unknown}/experiments", ExperimentSteps.Proposal(c.Now), Proposal(c.Now, unknown));
        }),
        DoorRow.For<ProposeExperiment>("an experiment must end after today", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            var today = DateOnly.FromDateTime(c.Now.UtcDateTime);
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/experiments",
                new { title = "T", hypothesis = "H", bodies = new[] { "Odense Kommune" }, levels = new[] { "kommune" }, plannedEnd = today },
                new ProposeExperiment("T", "H", ["Odense Kommune"], [Level.Kommune], today) { ThemeId = theme });
        }),
        DoorRow.For<ProposeExperiment>("a proposal needs its title, bodies and levels", async c =>
        {
            var (_, member, oid) = await c.MemberAsync();
            var theme = await member.OpenThemeAsync();
            return new("member", oid, HttpMethod.Post, $"/api/themes/{theme}/experiments",
                new { title = " ", hypothesis = "H", bodies = Array.Empty<string>(), levels = Array.Empty<string>(), plannedEnd = (DateOnly?)null },
                new ProposeExperiment(" ", "H", [], [], null) { ThemeId = theme });
        }),
        DoorRow.For<StartExperiment>("the proposer starts the experiment", async c =>
        {
            var (id, oid, _) = await AnExperimentAsync(c);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/start", null, new StartExperiment(id));
        }),
        DoorRow.For<StartExperiment>("another participant may not start it", async c =>
        {
            var (id, _, theme) = await AnExperimentAsync(c);
            var (other, anne, oid) = await c.MemberAsync("Anne Berg", "region", "Region Midtjylland");
            await anne.AddParticipantAsync(theme, other);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/start", null, new StartExperiment(id));
        }),
        DoorRow.For<StartExperiment>("an unknown experiment is not found", async c =>
        {
            var unknown = Guid.NewGuid();
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/experiments/{unknown}/start", null, new StartExperiment(unknown));
        }),
        DoorRow.For<NoteProgress>("a participant notes progress", async c =>
        {
            var (id, oid, _) = await AnExperimentAsync(c, running: true);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/progress", new { note = "Tre nye ansøgere." },
                new NoteProgress("Tre nye ansøgere.") { ExperimentId = id });
        }),
        DoorRow.For<NoteProgress>("no progress before the experiment starts", async c =>
        {
            var (id, oid, _) = await AnExperimentAsync(c);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/progress", new { note = "Tre nye ansøgere." },
                new NoteProgress("Tre nye ansøgere.") { ExperimentId = id });
        }),
        DoorRow.For<ConcludeExperiment>("the proposer concludes the experiment", async c =>
        {
            var (id, oid, _) = await AnExperimentAsync(c, running: true);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/conclude", new { outcome = "mixed", summary = "Flere ansøgere, dyrere vikarer." },
                new ConcludeExperiment(ExperimentOutcome.Mixed, "Flere ansøgere, dyrere vikarer.") { ExperimentId = id });
        }),
        DoorRow.For<ConcludeExperiment>("a conclusion needs an outcome", async c =>
        {
            var (id, oid, _) = await AnExperimentAsync(c, running: true);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/conclude", new { summary = "Flere ansøgere." },
                new ConcludeExperiment(null, "Flere ansøgere.") { ExperimentId = id });
        }),
        DoorRow.For<AbandonExperiment>("the secretariat abandons the experiment", async c =>
        {
            var (id, _, _) = await AnExperimentAsync(c);
            return new("secretariat", "secretariat-oid", HttpMethod.Post, $"/api/experiments/{id}/abandon", new { reason = "Budgettet blev skåret." },
                new AbandonExperiment("Budgettet blev skåret.") { ExperimentId = id });
        }),
        DoorRow.For<AbandonExperiment>("an abandoned experiment stays abandoned", async c =>
        {
            var (_, proposer, oid) = await c.MemberAsync();
            var id = await proposer.ProposeExperimentAsync(await proposer.OpenThemeAsync(), c.Now);
            await proposer.AbandonExperimentAsync(id);
            return new("member", oid, HttpMethod.Post, $"/api/experiments/{id}/abandon", new { reason = "Igen." },
                new AbandonExperiment("Igen.") { ExperimentId = id });
        }),
    ];
}
