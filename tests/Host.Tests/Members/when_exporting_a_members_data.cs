using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Politikerforum.Domain.Members;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Authorization;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Members;

public sealed class when_exporting_a_members_data(ForumFixture fixture) : ForumTest(fixture)
{
    private static async Task<JsonElement> ExportOfAsync(HttpResponseMessage response, Guid memberId)
    {
        await response.ShouldHaveStatusAsync(200);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"politikerforum-{memberId}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private async Task<IReadOnlyList<JasperFx.Events.IEvent>> ExportEventsAsync(Guid memberId)
    {
        await using var session = Store.QuerySession();
        return [.. (await session.Events.FetchStreamAsync(memberId)).Where(e => e.Data is MemberDataExported)];
    }

    [Fact]
    public async Task a_member_gets_their_profile_posts_and_their_chatham_house_lessons_with_title_and_text()
    {
        var (id, member) = await MemberAsync("Mette Holm");
        var themeId = await member.OpenThemeAsync(title: "Fremtidens arbejdskraft");
        var postId = await member.PublishAsync(themeId, "Vi mangler hænder i hjemmeplejen.");
        var lessonId = await member.RecordLessonAsync(themeId, "Vikarbureauer", "Det gik galt med vikarerne.", "went-wrong", "chatham-house");

        var export = await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);

        Assert.Equal("Mette Holm", export.GetProperty("profile").Text("name"));
        Assert.Equal([themeId], export.GetProperty("themes").EnumerateArray().Select(t => t.GetProperty("themeId").GetGuid()));
        var post = Assert.Single(export.GetProperty("posts").EnumerateArray());
        Assert.Equal((postId, "Vi mangler hænder i hjemmeplejen."), (post.GetProperty("id").GetGuid(), post.Text("text")));
        var lesson = Assert.Single(export.GetProperty("lessons").EnumerateArray());
        Assert.Equal(lessonId, lesson.GetProperty("lessonId").GetGuid());
        Assert.Equal(("Vikarbureauer", "Det gik galt med vikarerne.", "chatham-house"),
            (lesson.Text("title"), lesson.Text("text"), lesson.Text("confidentiality")));
        Assert.False(lesson.GetProperty("authorShown").GetBoolean());
    }

    [Fact]
    public async Task it_holds_their_endorsements_and_positions_but_not_what_others_wrote()
    {
        var (id, member) = await MemberAsync("Mette Holm");
        var (_, other) = await MemberAsync("Anders Lund", "region", "Region Midtjylland");
        var themeId = await other.OpenThemeAsync("public");
        var othersLesson = await other.RecordLessonAsync(themeId, "Fælles vagtplan", "Andres hemmelige erfaring.", confidentiality: "chatham-house");
        await other.PublishAsync(themeId, "Andres indlæg.");
        await member.EndorseAsync(othersLesson);

        var export = await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);

        var endorsement = Assert.Single(export.GetProperty("endorsements").EnumerateArray());
        Assert.Equal(othersLesson, endorsement.GetProperty("lessonId").GetGuid());
        Assert.Empty(export.GetProperty("lessons").EnumerateArray());
        Assert.Empty(export.GetProperty("posts").EnumerateArray());
        Assert.DoesNotContain("Andres", export.GetRawText());
    }

    [Fact]
    public async Task it_holds_what_they_proposed_promised_and_asked_for()
    {
        var (id, member) = await MemberAsync("Mette Holm");
        var themeId = await member.OpenThemeAsync();
        var now = Clock.GetUtcNow();
        var experimentId = await member.ProposeExperimentAsync(themeId, now);
        await member.StartExperimentAsync(experimentId);
        await member.NoteProgressAsync(experimentId, "Første uge gik godt.");
        var decisionId = await member.CreateAsync($"/api/themes/{themeId}/decisions", Bodies.Decision(now));
        await (await member.PostAsync($"/api/decisions/{decisionId}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
        var commitmentId = await member.CreateAsync($"/api/themes/{themeId}/commitments", Bodies.Commitment(now));
        await (await member.PostAsync($"/api/themes/{themeId}/pace", new { pace = "urgent", reason = "Stormfloden", until = now.AddHours(48) }))
            .ShouldHaveStatusAsync(202);

        var export = await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);

        Guid IdIn(string section, string field) => Assert.Single(export.GetProperty(section).EnumerateArray()).GetProperty(field).GetGuid();
        Assert.Equal(experimentId, IdIn("experimentsProposed", "id"));
        Assert.Equal(experimentId, IdIn("progressNotes", "experimentId"));
        Assert.Equal(decisionId, IdIn("decisionsProposed", "decisionId"));
        Assert.Equal(decisionId, IdIn("positions", "decisionId"));
        Assert.Equal(commitmentId, IdIn("commitments", "id"));
        Assert.Equal(themeId, IdIn("paceRequests", "themeId"));
    }

    [Fact]
    public async Task the_export_is_recorded_on_the_members_stream_with_who_took_it()
    {
        var (id, member) = await MemberAsync();
        var before = await EventCountAsync();

        await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);

        Assert.Equal(before + 1, await EventCountAsync());
        var recorded = Assert.Single(await ExportEventsAsync(id));
        var exported = (MemberDataExported)recorded.Data;
        Assert.Equal((id, id, Clock.GetUtcNow()), (exported.MemberId, exported.ExportedBy, exported.ExportedAt));
        Assert.Equal(id.ToString(), recorded.UserName);
    }

    [Fact]
    public async Task the_secretariat_may_export_and_is_recorded_as_the_exporter()
    {
        var (id, _) = await MemberAsync("Mette Holm");

        var export = await ExportOfAsync(await Secretariat.GetAsync($"/api/members/{id}/export"), id);

        Assert.Equal("Mette Holm", export.GetProperty("profile").Text("name"));
        var recorded = Assert.Single(await ExportEventsAsync(id));
        Assert.Equal("secretariat", EventActor.RoleOf(recorded));
    }

    [Theory]
    [InlineData("secretariat")]
    [InlineData("admin")]
    public async Task a_copy_made_by_someone_else_leaves_out_what_only_the_member_may_know_and_says_why_in_the_same_words_for_everyone(string role)
    {
        var (id, member) = await MemberAsync("Mette Holm");
        var (otherId, other) = await MemberAsync("Anders Lund", "region", "Region Midtjylland");
        var themeId = await member.OpenThemeAsync();
        await other.AddParticipantAsync(themeId, otherId);
        var named = await member.RecordLessonAsync(themeId, "Åbent", "Det virkede.", confidentiality: "forum");
        await member.RecordLessonAsync(themeId, "Fortroligt", "Det gik skævt.", "went-wrong", "chatham-house");
        var othersLesson = await other.RecordLessonAsync(themeId, "Andres", "Andres erfaring.");
        await member.EndorseAsync(othersLesson);
        var copier = As(role, $"{role}-oid");

        var copy = await ExportOfAsync(await copier.GetAsync($"/api/members/{id}/export"), id);
        var ofSomeoneWithout = await ExportOfAsync(await copier.GetAsync($"/api/members/{otherId}/export"), otherId);

        Assert.Equal([named], copy.GetProperty("lessons").EnumerateArray().Select(l => l.GetProperty("lessonId").GetGuid()));
        Assert.Empty(copy.GetProperty("endorsements").EnumerateArray());
        Assert.Equal(MemberExportDocument.WithheldFromOthers, copy.Text("withheld"));
        Assert.Contains("Chatham House-reglen", copy.Text("withheld"));
        Assert.Contains("Hvor mange", copy.Text("withheld"));
        // Nothing in it tells an author from anyone else: the same words, and no count.
        Assert.Equal(copy.Text("withheld"), ofSomeoneWithout.Text("withheld"));
        var own = await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);
        Assert.Equal(2, own.GetProperty("lessons").GetArrayLength());
        Assert.Single(own.GetProperty("endorsements").EnumerateArray());
    }

    [Fact]
    public async Task another_member_is_refused_and_nothing_is_written()
    {
        var (id, _) = await MemberAsync();
        var (_, other) = await MemberAsync("Anders Lund");
        var before = await EventCountAsync();

        await (await other.GetAsync($"/api/members/{id}/export")).ShouldBeProblemAsync(403);
        await (await Integrator.GetAsync($"/api/members/{id}/export")).ShouldBeProblemAsync(403);

        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_unknown_member_is_not_found_and_a_caller_without_login_is_turned_away()
    {
        await (await Secretariat.GetAsync($"/api/members/{Guid.NewGuid()}/export")).ShouldBeProblemAsync(404);
        var (id, _) = await MemberAsync();
        await (await Anonymous.GetAsync($"/api/members/{id}/export")).ShouldHaveStatusAsync(401);
    }

    [Fact]
    public async Task exporting_does_not_stand_in_the_way_of_updating_the_profile_afterwards()
    {
        var (id, member) = await MemberAsync("Mette Holm");
        await ExportOfAsync(await member.GetAsync($"/api/members/{id}/export"), id);
        var version = (await member.ReadAsync<JsonElement>($"/api/members/{id}")).GetProperty("version").GetInt32();

        var response = await member.PutAsync($"/api/members/{id}",
            new { name = "Mette Holm Berg", email = "mette@aarhus.dk", level = "kommune", body = "Aarhus Kommune", party = "A", version });

        await response.ShouldHaveStatusAsync(200);
    }
}
