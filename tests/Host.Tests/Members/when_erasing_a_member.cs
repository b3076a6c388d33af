using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Politikerforum.Domain;
using Politikerforum.Domain.Commands;
using Politikerforum.Domain.Timeline;
using Marten;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Members;

/// <summary>GDPR art. 17: the member's personal data leaves the whole database; what they contributed stays, unnamed.</summary>
public sealed class when_erasing_a_member(ForumFixture fixture) : ForumTest(fixture)
{
    private const string Name = "Zacharias Sletmigigen", Party = "Partiet for Glemsel", Oid = "zacharias-erase-oid";
    private const string Email = Oid + "@example.dk";
    private const string PersonalText = "Henriette Hjertesygdom";

    private sealed record Contributions(Guid Id, Guid Theme, Guid Post, Guid Anonymous, Guid ColleagueId, Caller Colleague);

    private async Task<Contributions> AContributingMemberAsync()
    {
        var id = await Admin.CreateAsync("/api/members", new { name = Name, email = Email, level = "region", body = "Region Sjælland", party = Party, entraObjectId = Oid });
        var zacharias = As("member", Oid);
        await (await zacharias.PutAsync($"/api/members/{id}", new { name = Name + " Jr.", email = Email, level = "region", body = "Region Sjælland", party = Party, version = 1 }))
            .ShouldHaveStatusAsync(200);
        var (colleagueId, colleague) = await MemberAsync("Karl Kollega", "kommune", "Næstved Kommune");
        var theme = await zacharias.OpenThemeAsync("forum", "Sygehusbyggerier");
        await colleague.AddParticipantAsync(theme, colleagueId);
        var post = await zacharias.PublishAsync(theme, "Byggeriet er forsinket et år.");
        // Text the author marked as personal leaves with them, also what an edit put there; the rest stays.
        var personalPost = await zacharias.CreateAsync($"/api/themes/{theme}/posts", new { text = "Min kone er indlagt.", personal = true });
        await (await zacharias.PutAsync($"/api/posts/{personalPost}", new { text = $"Min kone {PersonalText} er indlagt.", version = 1 })).ShouldHaveStatusAsync(200);
        var personalLesson = await zacharias.CreateAsync($"/api/themes/{theme}/lessons", new
        {
            title = "Pårørende", text = "Som pårørende lærte jeg meget.", kind = "mixed", confidentiality = "forum", personal = true
        });
        await (await zacharias.PutAsync($"/api/lessons/{personalLesson}", new { title = "Pårørende", text = $"Som pårørende til {PersonalText} lærte jeg meget.", kind = "mixed", version = 1 }))
            .ShouldHaveStatusAsync(200);
        await (await zacharias.PostAsync($"/api/themes/{theme}/posts", new { text = "Og budgettet er overskredet." }, $"zacharias-{Guid.NewGuid():N}"))
            .ShouldHaveStatusAsync(201);
        var anonymous = await zacharias.RecordLessonAsync(theme, "Forsinkelser", "Vi undervurderede jordbunden.", "went-wrong", "chatham-house");
        await (await zacharias.PutAsync($"/api/lessons/{anonymous}", new { title = "Forsinkelser", text = "Vi undervurderede jordbundsforholdene.", kind = "went-wrong", version = 1 }))
            .ShouldHaveStatusAsync(200);
        // Two levels switch the pace together; the colleague's remembered answer names Zacharias.
        var urgent = new { pace = "urgent", reason = "Byggepladsen er oversvømmet", until = Clock.GetUtcNow().AddHours(24) };
        await (await zacharias.PostAsync($"/api/themes/{theme}/pace", urgent, "zacharias-pace")).ShouldHaveStatusAsync(202);
        var switched = await colleague.PostAsync($"/api/themes/{theme}/pace", urgent, "karl-pace");
        await switched.ShouldHaveStatusAsync(200);
        Assert.Contains(Name, await switched.Content.ReadAsStringAsync());
        return new(id, theme, post, anonymous, colleagueId, colleague);
    }

    private async Task EraseAsync(Guid id) =>
        await Host.ExecuteAndWaitAsync(async () =>
            await (await Secretariat.PostAsync($"/api/members/{id}/erasure", new { reason = "Anmodning efter artikel 17" })).ShouldHaveStatusAsync(200));

    [Fact]
    public async Task no_table_in_the_database_holds_their_personal_data_and_their_contributions_remain()
    {
        var zacharias = await AContributingMemberAsync();

        await EraseAsync(zacharias.Id);

        var remembered = Host.Services.GetRequiredService<RememberedOutcomes>();
        var found = await DatabaseScan.TablesMentioningAsync(
            Name, Email, Party, Oid, PersonalText,
            // Where they called from: the keyed hash of their object id, and the plain hashes anyone could compute.
            remembered.PersonOf(Oid), Sha256(Oid), Sha256($"{Oid}|member"));
        Assert.True(found.Count == 0, "Personal data left in: " + string.Join(", ", found));

        var shown = await Secretariat.ReadAsync<JsonElement>($"/api/themes/{zacharias.Theme}/timeline");
        var entry = shown.GetProperty("items").EnumerateArray().First(e => e.GetProperty("itemId").ToString() == zacharias.Post.ToString());
        // A former member is shown by name only: their level and body beside "Tidligere medlem" would single them out.
        Assert.Equal(("Tidligere medlem", JsonValueKind.Null, JsonValueKind.Null),
            (entry.GetProperty("actor").Str("name"), entry.GetProperty("actor").GetProperty("level").ValueKind, entry.GetProperty("actor").GetProperty("body").ValueKind));
        await (await As("member", Oid).GetAsync("/api/members/me")).ShouldBeProblemAsync(404);
        Assert.Equal("Byggeriet er forsinket et år.", (await Secretariat.ReadAsync<JsonElement>($"/api/posts/{zacharias.Post}")).GetProperty("text").GetString());
        var erased = (await Store.QuerySession().Events.FetchStreamAsync(zacharias.Id)).Last();
        Assert.Equal("member_erased", erased.EventTypeName);
    }

    [Fact]
    public async Task a_rebuild_of_every_read_model_from_the_events_brings_none_of_it_back()
    {
        var zacharias = await AContributingMemberAsync();
        await EraseAsync(zacharias.Id);

        await RebuildAsync(ProjectionRebuilds.All);

        var found = await DatabaseScan.TablesMentioningAsync(Name, Email, Party, Oid, PersonalText);
        Assert.True(found.Count == 0, "Personal data back after a rebuild in: " + string.Join(", ", found));
        Assert.Equal("Byggeriet er forsinket et år.", (await Secretariat.ReadAsync<JsonElement>($"/api/posts/{zacharias.Post}")).GetProperty("text").GetString());
    }

    [Fact]
    public async Task an_erasure_while_the_timeline_is_rebuilt_leaves_the_entries_not_yet_rebuilt_to_the_rebuild()
    {
        var zacharias = await AContributingMemberAsync();
        // Where a rebuild that has just emptied the timeline stands: its entries come back as it reaches their events.
        await Store.Advanced.Clean.DeleteDocumentsByTypeAsync(typeof(TimelineEntry));

        await EraseAsync(zacharias.Id);

        Assert.Empty(await Store.QuerySession().Query<TimelineEntry>().ToListAsync());
        await RebuildAsync(_ => [typeof(TimelineProjection).FullName!]);
        var found = await DatabaseScan.TablesMentioningAsync(Name, Email, Party, Oid, PersonalText);
        Assert.True(found.Count == 0, "Personal data back after a rebuild in: " + string.Join(", ", found));
        Assert.Contains(await Store.QuerySession().Query<TimelineEntry>().ToListAsync(), e => e.ItemId == zacharias.Post);
    }

    [Fact]
    public async Task a_remembered_answer_that_named_them_is_replayed_without_their_name()
    {
        var zacharias = await AContributingMemberAsync();

        await EraseAsync(zacharias.Id);

        var replayed = await zacharias.Colleague.PostAsync($"/api/themes/{zacharias.Theme}/pace",
            new { pace = "urgent", reason = "Byggepladsen er oversvømmet", until = Clock.GetUtcNow().AddHours(24) }, "karl-pace");
        await replayed.ShouldHaveStatusAsync(200);
        var message = JsonDocument.Parse(await replayed.Content.ReadAsStringAsync()).RootElement.Str("message");
        Assert.Contains("fælles ønske fra Tidligere medlem", message);
        Assert.DoesNotContain("Zacharias", message);
    }

    [Fact]
    public async Task their_chatham_house_lesson_stays_as_it_was_but_no_longer_points_to_them_even_in_the_event_store()
    {
        var zacharias = await AContributingMemberAsync();
        var before = await zacharias.Colleague.LessonAsync(zacharias.Anonymous);

        await EraseAsync(zacharias.Id);

        Assert.Equal(before.GetRawText(), (await zacharias.Colleague.LessonAsync(zacharias.Anonymous)).GetRawText());
        var stream = await Store.QuerySession().Events.FetchStreamAsync(zacharias.Anonymous);
        Assert.Contains("jordbundsforholdene", JsonSerializer.Serialize(stream[1].Data));
        foreach (var e in stream)
        {
            Assert.DoesNotContain(zacharias.Id.ToString(), JsonSerializer.Serialize(e.Data));
            Assert.NotEqual(zacharias.Id.ToString(), e.UserName);
        }
    }

    [Fact]
    public async Task they_leave_the_participant_lists_with_their_level_and_body()
    {
        var zacharias = await AContributingMemberAsync();
        object Proposal(string title) => new { title, proposal = "Vi deler byggestyringen.", deadline = Clock.GetUtcNow().AddDays(7), requiredLevels = new[] { "region", "kommune" } };
        var decision = await zacharias.Colleague.CreateAsync($"/api/themes/{zacharias.Theme}/decisions", Proposal("Fælles byggestyring"));
        var decided = await zacharias.Colleague.CreateAsync($"/api/themes/{zacharias.Theme}/decisions", Proposal("Fælles indkøb"));
        await (await As("member", Oid).PostAsync($"/api/decisions/{decided}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
        await (await As("member", Oid).PostAsync($"/api/themes/{zacharias.Theme}/pace", new { pace = "normal" })).ShouldHaveStatusAsync(202);
        Assert.Single((await zacharias.Colleague.ThemeAsync(zacharias.Theme)).GetProperty("paceRequests").EnumerateArray());

        await EraseAsync(zacharias.Id);

        var theme = await zacharias.Colleague.ThemeAsync(zacharias.Theme);
        Assert.Equal([zacharias.ColleagueId], theme.GetProperty("participants").EnumerateArray().Select(p => p.Id("memberId")));
        Assert.Equal(0, theme.GetProperty("participantsPerLevel").GetProperty("region").GetInt32());
        Assert.Empty(theme.GetProperty("paceRequests").EnumerateArray());
        Assert.Equal(1, Assert.Single((await zacharias.Colleague.ItemsAsync("/api/themes")), t => t.Id() == zacharias.Theme).GetProperty("participantCount").GetInt32());
        var levels = await zacharias.Colleague.ReadAsync<JsonElement>($"/api/themes/{zacharias.Theme}/levels");
        Assert.Contains("region", levels.GetProperty("absentLevels").EnumerateArray().Select(l => l.GetString()));
        var missing = (await zacharias.Colleague.ReadAsync<JsonElement>($"/api/decisions/{decision}")).GetProperty("missingMembers");
        Assert.DoesNotContain(zacharias.Id.ToString(), missing.GetRawText());
        // A position they took still counts for their level, but shows no body beside "Tidligere medlem".
        var position = Assert.Single((await zacharias.Colleague.ReadAsync<JsonElement>($"/api/decisions/{decided}")).GetProperty("positions").EnumerateArray());
        Assert.Equal(("Tidligere medlem", "region", JsonValueKind.Null), (position.Str("name"), position.Str("level"), position.GetProperty("body").ValueKind));
        Assert.Empty(await zacharias.Colleague.ItemsAsync($"/api/themes/{zacharias.Theme}/timeline?level=region"));
    }

    [Fact]
    public async Task only_the_secretariat_erases_and_only_once()
    {
        var zacharias = await AContributingMemberAsync();
        var (_, colleague) = await MemberAsync();
        var before = await EventCountAsync();

        await (await colleague.PostAsync($"/api/members/{zacharias.Id}/erasure", new { })).ShouldBeProblemAsync(403);
        await (await As("member", Oid).PostAsync($"/api/members/{zacharias.Id}/erasure", new { })).ShouldBeProblemAsync(403);
        await (await Secretariat.PostAsync($"/api/members/{Guid.NewGuid()}/erasure", new { })).ShouldBeProblemAsync(404);
        Assert.Equal(before, await EventCountAsync());

        await Host.ExecuteAndWaitAsync(async () => await (await Admin.PostAsync($"/api/members/{zacharias.Id}/erasure", new { })).ShouldHaveStatusAsync(200));
        await (await Secretariat.PostAsync($"/api/members/{zacharias.Id}/erasure", new { })).ShouldBeProblemAsync(409);
    }

    private static string Sha256(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
