using System.Text.Json;
using Marten;
using Politikerforum.Domain;
using Politikerforum.Domain.Audit;
using Politikerforum.Domain.Experiments;
using Politikerforum.Domain.Decisions;
using Politikerforum.Domain.Lessons;
using Politikerforum.Domain.Commitments;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Organisations;
using Politikerforum.Domain.Posts;
using Politikerforum.Domain.Themes;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>Read models hold nothing of their own: wiped and rebuilt from the events, they come back the same.</summary>
public sealed class when_rebuilding_the_read_models(ForumFixture fixture) : ForumTest(fixture)
{
    private static readonly Type[] ReadModels =
        [typeof(Member), typeof(Theme), typeof(Post), typeof(Organisation), typeof(StaffMember), typeof(Experiment), typeof(Decision), typeof(TimelineEntry), typeof(LessonView), typeof(Commitment),
         typeof(AuditEntry)];

    [Fact]
    public async Task every_projection_rebuilt_from_events_equals_the_inline_one()
    {
        await ARealisticForumAsync();
        var inline = await SnapshotAsync();
        Assert.All(inline.Values, Assert.NotEmpty);

        foreach (var type in ReadModels) await Store.Advanced.Clean.DeleteDocumentsByTypeAsync(type);
        Assert.All((await SnapshotAsync()).Values, Assert.Empty);
        // As ops/projections rebuild runs it: several projections at once, in a store of its own.
        await RebuildAsync(ProjectionRebuilds.All);

        var rebuilt = await SnapshotAsync();
        foreach (var type in ReadModels) Assert.Equal(inline[type], rebuilt[type]);
        Assert.DoesNotContain(rebuilt[typeof(TimelineEntry)], entry => entry.Contains("orkert tema"));
        // A position stored before positions carried their proposal's title is named from the proposal, inline and rebuilt.
        Assert.Contains(rebuilt[typeof(TimelineEntry)], entry => entry.Contains("Undlod at stemme om forslaget") && entry.Contains("Gammel vagtplan"));
    }

    /// <summary>A position as it was stored before events carried their item's title (<see cref="INamesItsItem"/>).</summary>
    private async Task AnOlderPositionAsync(Guid theme, Guid memberId, Caller proposer)
    {
        var decision = await proposer.CreateAsync($"/api/themes/{theme}/decisions",
            new { title = "Gammel vagtplan", proposal = "P", deadline = Clock.GetUtcNow().AddDays(3), requiredLevels = new[] { "kommune" } });
        await using var session = Store.LightweightSession();
        session.Events.Append(decision, new PositionTaken(decision, theme, memberId, Level.Folketing, "Folketinget", Position.Abstain, null, Clock.GetUtcNow()));
        await session.SaveChangesAsync();
    }

    private async Task ARealisticForumAsync()
    {
        var organisationId = await Admin.CreateAsync("/api/organisations", new { name = "Resonans" });
        await Admin.CreateAsync("/api/staff", new { name = "Sofie Dahl", email = "sd@resonans.dk", organisationId, entraObjectId = "sofie-oid" });
        var sofie = As("secretariat", "sofie-oid");
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var (jonasId, jonas) = await MemberAsync("Jonas Krag", "folketing", "Folketinget");

        var open = await mette.OpenThemeAsync("forum", "Fremtidens arbejdskraft");
        var closed = await sofie.OpenThemeAsync("closed", "Fortroligt");
        await anne.AddParticipantAsync(open, anneId);
        await jonas.AddParticipantAsync(open, jonasId);
        await sofie.AddParticipantAsync(closed, metteId);
        var thread = await mette.PublishAsync(open, "Firedages arbejdsuge i ældreplejen");
        var reply = await anne.PublishAsync(open, "Hvordan gik vagtplanerne?", thread);
        var hidden = await jonas.PublishAsync(open, "Vi ser på lovgivningen", reply);
        await (await sofie.PostAsync($"/api/posts/{hidden}/hide", new { reason = "Hører til et andet tema" })).ShouldHaveStatusAsync(204);
        await APaceSwitchThatRevertsAndANewRequestAsync(open, mette, anne);
        await (await anne.PutAsync($"/api/posts/{reply}", new { text = "Hvordan gik det med vagtplanerne?", version = 1 })).ShouldHaveStatusAsync(200);
        // Retracted after an edit: the retraction takes the words out of both entries, rebuilt as inline.
        var retracted = await mette.PublishAsync(closed, "Forkert tema");
        await (await mette.PutAsync($"/api/posts/{retracted}", new { text = "Stadig forkert tema", version = 1 })).ShouldHaveStatusAsync(200);
        await (await mette.DeleteAsync($"/api/posts/{retracted}")).ShouldHaveStatusAsync(204);
        await DecisionsInEveryStateAsync(open, mette, anne, jonas, sofie);
        await AnOlderPositionAsync(open, jonasId, mette);
        await LessonsAsync(open, mette, anne, jonas);
        await CommitmentsAsync(open, mette, anne, jonas);
        await (await jonas.DeleteAsync($"/api/themes/{open}/participants/{jonasId}")).ShouldHaveStatusAsync(204);
        await (await sofie.PutAsync($"/api/themes/{closed}", new { title = "Fortroligt arbejde", description = "D", visibility = "closed", version = 2 }))
            .ShouldHaveStatusAsync(200);
        var now = Clock.GetUtcNow();
        var concluded = await mette.ProposeExperimentAsync(open, now, "Firedages arbejdsuge", ["kommune", "region"]);
        await mette.StartExperimentAsync(concluded);
        await anne.NoteProgressAsync(concluded, "Vagtplanerne holder");
        await sofie.ConcludeExperimentAsync(concluded, "mixed");
        await mette.ProposeExperimentAsync(open, now, "Fælles vikarpulje", ["region"]);
        var abandoned = await mette.ProposeExperimentAsync(closed, now, "Delt journal", ["folketing"]);
        await mette.AbandonExperimentAsync(abandoned);
        await (await sofie.PostAsync($"/api/themes/{closed}/archive")).ShouldHaveStatusAsync(204);
        // An export is an event on the member's stream that no read model shows: before a profile change and after one.
        await (await anne.GetAsync($"/api/members/{anneId}/export")).ShouldHaveStatusAsync(200);
        await (await Admin.PutAsync($"/api/members/{anneId}", new
        {
            name = "Anne Berg Nielsen", email = "anne@rm.dk", level = "region", body = "Region Midtjylland", party = "B", version = 1
        })).ShouldHaveStatusAsync(200);
        await (await sofie.GetAsync($"/api/members/{anneId}/export")).ShouldHaveStatusAsync(200);
    }

    /// <summary>Urgent by a kommune and a region together, back to normal at the end time, then a request left waiting.</summary>
    private async Task APaceSwitchThatRevertsAndANewRequestAsync(Guid themeId, Caller kommune, Caller region)
    {
        object Urgent(string reason) => new { pace = "urgent", reason, until = Clock.GetUtcNow().AddHours(6) };
        await (await kommune.PostAsync($"/api/themes/{themeId}/pace", Urgent("Mange sygemeldte"))).ShouldHaveStatusAsync(202);
        var tracked = await Host.ExecuteAndWaitAsync(async () =>
            await (await region.PostAsync($"/api/themes/{themeId}/pace", Urgent("Vagtplanerne brister"))).ShouldHaveStatusAsync(200));
        Clock.Advance(TimeSpan.FromHours(6));
        await Host.InvokeMessageAndWaitAsync(tracked.Scheduled.SingleMessage<RevertPace>());
        await (await kommune.PostAsync($"/api/themes/{themeId}/pace", Urgent("Nye sygemeldinger"))).ShouldHaveStatusAsync(202);
    }

    /// <summary>Adopted and asked for its review, withdrawn, and closed for positions by the clock.</summary>
    private async Task DecisionsInEveryStateAsync(Guid theme, Caller mette, Caller anne, Caller jonas, Caller sofie)
    {
        var deadline = Clock.GetUtcNow().AddDays(3);
        var proposal = new { title = "Fælles vagtplan", proposal = "Kommune og region deler vagtplan", deadline, requiredLevels = new[] { "kommune", "region" } };
        var adopted = await mette.CreateAsync($"/api/themes/{theme}/decisions", proposal);
        var withdrawn = await sofie.CreateAsync($"/api/themes/{theme}/decisions", proposal);
        var closed = await anne.CreateAsync($"/api/themes/{theme}/decisions", proposal);
        foreach (var (who, position) in new[] { (anne, "support"), (mette, "object"), (jonas, "abstain"), (mette, "support") })
            await (await who.PostAsync($"/api/decisions/{adopted}/positions", new { position, reason = "Fordi" })).ShouldHaveStatusAsync(200);
        await (await jonas.PostAsync($"/api/decisions/{closed}/positions", new { position = "object" })).ShouldHaveStatusAsync(200);
        await (await sofie.PostAsync($"/api/decisions/{withdrawn}/withdraw", new { reason = "Dobbelt" })).ShouldHaveStatusAsync(200);
        var reviewOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(1);
        await (await mette.PostAsync($"/api/decisions/{adopted}/conclude", new { outcome = "adopted", rationale = "Enighed", reviewOn }))
            .ShouldHaveStatusAsync(200);
        Clock.Advance(TimeSpan.FromDays(4));
        await Host.InvokeMessageAndWaitAsync(new CloseDecisionForPositions(closed));
        await Host.InvokeMessageAndWaitAsync(new AskForDecisionReview(adopted));
    }

    /// <summary>
    /// A lesson edited, endorsed, hidden and restored; a Chatham House lesson kept anonymous and hidden; and one whose author stepped forward.
    /// </summary>
    private async Task LessonsAsync(Guid theme, Caller mette, Caller anne, Caller jonas)
    {
        var shared = await mette.RecordLessonAsync(theme, "Firedages uge", "Vagtplanerne holdt.", "worked", "public", ["Vagtplan"]);
        await (await mette.PutAsync($"/api/lessons/{shared}", new { title = "Firedages arbejdsuge", text = "Vagtplanerne holdt.", kind = "mixed", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await anne.EndorseAsync(shared);
        var anonymous = await anne.RecordLessonAsync(theme, "Udskrivning", "Det gik skævt.", "went-wrong", "chatham-house");
        await (await anne.PutAsync($"/api/lessons/{anonymous}", new { title = "Udskrivning for tidligt", text = "Det gik skævt.", kind = "went-wrong", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await jonas.EndorseAsync(anonymous);
        var attributed = await jonas.RecordLessonAsync(theme, "Lovgivning", "Det tog tid.", "mixed", "chatham-house");
        await (await jonas.PostAsync($"/api/lessons/{attributed}/attribution")).ShouldHaveStatusAsync(204);
        await (await Secretariat.PostAsync($"/api/lessons/{anonymous}/hide", new { reason = "Navngiven borger" })).ShouldHaveStatusAsync(204);
        await (await Secretariat.PostAsync($"/api/lessons/{shared}/hide", new { reason = "Fejl" })).ShouldHaveStatusAsync(204);
        await (await Secretariat.PostAsync($"/api/lessons/{shared}/restore")).ShouldHaveStatusAsync(204);
    }

    /// <summary>One commitment in each state: fulfilled, withdrawn, overdue and still open.</summary>
    private async Task CommitmentsAsync(Guid themeId, Caller mette, Caller anne, Caller jonas)
    {
        var today = CommitmentClock.Today(Clock.GetUtcNow());
        var url = $"/api/themes/{themeId}/commitments";
        var fulfilled = await mette.CreateAsync(url, new { what = "Vagtplaner", toLevel = "region", dueOn = today.AddDays(3) });
        var withdrawn = await anne.CreateAsync(url, new { what = "Busplan", dueOn = today.AddDays(3) });
        var overdue = await jonas.CreateAsync(url, new { what = "Lovudkast", toLevel = "kommune", dueOn = today.AddDays(1) });
        await mette.CreateAsync(url, new { what = "Evaluering", toLevel = "europaparlamentet", dueOn = today.AddDays(60) });
        await (await mette.PostAsync($"/api/commitments/{fulfilled}/fulfil", new { note = "Sendt" })).ShouldHaveStatusAsync(200);
        await (await anne.PostAsync($"/api/commitments/{withdrawn}/withdraw", new { reason = "Udsat" })).ShouldHaveStatusAsync(200);
        Clock.Advance(TimeSpan.FromDays(3));
        await Host.InvokeMessageAndWaitAsync(new FlagOverdueCommitment(overdue));
    }

    /// <summary>Every document of every read model, as JSON in id order, so records with lists compare by value.</summary>
    private async Task<Dictionary<Type, string[]>> SnapshotAsync()
    {
        await using var session = Store.QuerySession();
        return new Dictionary<Type, string[]>
        {
            [typeof(Member)] = await AllAsync(session.Query<Member>().OrderBy(x => x.Id)),
            [typeof(Theme)] = await AllAsync(session.Query<Theme>().OrderBy(x => x.Id)),
            [typeof(Post)] = await AllAsync(session.Query<Post>().OrderBy(x => x.Id)),
            [typeof(Organisation)] = await AllAsync(session.Query<Organisation>().OrderBy(x => x.Id)),
            [typeof(StaffMember)] = await AllAsync(session.Query<StaffMember>().OrderBy(x => x.Id)),
            [typeof(Experiment)] = await AllAsync(session.Query<Experiment>().OrderBy(x => x.Id)),
            [typeof(Decision)] = await AllAsync(session.Query<Decision>().OrderBy(x => x.Id)),
            [typeof(TimelineEntry)] = await AllAsync(session.Query<TimelineEntry>().OrderBy(x => x.Id)),
            [typeof(LessonView)] = await AllAsync(session.Query<LessonView>().OrderBy(x => x.Id)),
            [typeof(Commitment)] = await AllAsync(session.Query<Commitment>().OrderBy(x => x.Id)),
            [typeof(AuditEntry)] = await AllAsync(session.Query<AuditEntry>().OrderBy(x => x.Id))
        };
    }

    private static async Task<string[]> AllAsync<T>(IQueryable<T> query) where T : notnull =>
        (await query.ToListAsync()).Select(x => JsonSerializer.Serialize(x, Json)).ToArray();
}
