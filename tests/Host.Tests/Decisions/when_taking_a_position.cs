using System.Text.Json;
using System.Text.Json.Nodes;
using Politikerforum.Domain.Decisions;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Decisions;

public sealed class when_taking_a_position(ForumFixture fixture) : DecisionTest(fixture)
{
    [Fact]
    public async Task a_participant_takes_a_position_for_their_level_and_body()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "region");
        var id = await ProposeAsync(Secretariat, themeId);

        await (await TakePositionAsync(members[0].Caller, id, "object", " For dyrt for regionen. ")).ShouldHaveStatusAsync(200);

        var position = (await DecisionAsync(members[0].Caller, id)).GetProperty("positions").EnumerateArray().Single();
        Assert.Equal((members[0].Id, "Medlem 1", "region", "Region Midtjylland", "object", "For dyrt for regionen."),
            (position.Id("memberId"), position.Str("name"), position.Str("level"), position.Str("body"), position.Str("position"), position.Str("reason")));
        var entry = (await TimelineOfAsync(Secretariat, themeId, id)).Last();
        // The event carries no title: the timeline names the proposal from its first event.
        Assert.Equal(("decision.position-taken", "Var imod forslaget »Fælles vagtplan«"), (entry.Str("type"), entry.Str("summary")));
    }

    /// <summary>The answer names people from the registry the host remembers (RegistryCache), never past a change.</summary>
    [Fact]
    public async Task the_answer_names_a_member_renamed_since_their_last_position_by_their_new_name()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "region");
        var (memberId, caller) = (members[0].Id, members[0].Caller);
        var id = await ProposeAsync(Secretariat, themeId);
        Assert.Equal("Medlem 1", await NameInAnswerAsync(caller, id));

        var version = (await caller.ReadAsync<JsonElement>($"/api/members/{memberId}")).GetProperty("version").GetInt32();
        await (await caller.PutAsync($"/api/members/{memberId}",
            new { name = "Mette Holm Berg", email = "mette@rm.dk", level = "region", body = "Region Midtjylland", party = "A", version })).ShouldHaveStatusAsync(200);

        Assert.Equal("Mette Holm Berg", await NameInAnswerAsync(caller, id));
    }

    private static async Task<string?> NameInAnswerAsync(Caller caller, Guid decision)
    {
        var answer = await TakePositionAsync(caller, decision, "support");
        await answer.ShouldHaveStatusAsync(200);
        return JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("positions")[0].Str("name");
    }

    /// <summary>
    /// The answer is built from the decision the command left, not read back (DecisionLeft): it must be what a read of
    /// the decision shows right after, field for field, version and tally included.
    /// </summary>
    [Fact]
    public async Task the_answer_is_the_decision_as_a_read_shows_it_afterwards()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune", "region");
        var id = await ProposeAsync(Secretariat, themeId, "kommune", "region");
        await (await TakePositionAsync(members[0].Caller, id, "object", "For dyrt.")).ShouldHaveStatusAsync(200);

        var answer = await TakePositionAsync(members[1].Caller, id, "support", "Det prøver vi.");

        await answer.ShouldHaveStatusAsync(200);
        var answered = JsonNode.Parse(await answer.Content.ReadAsStringAsync());
        var read = JsonNode.Parse((await DecisionAsync(members[1].Caller, id)).GetRawText());
        Assert.True(JsonNode.DeepEquals(read, answered), $"answered {answered}\nread afterwards {read}");
        Assert.Equal(3, answered!["version"]!.GetValue<int>());
    }

    /// <summary>A retry is answered from the remembered outcome, which holds no decision: the door reads it instead.</summary>
    [Fact]
    public async Task a_retried_position_is_taken_once_and_answered_with_the_decision()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        var key = Guid.NewGuid().ToString();

        var first = await members[0].Caller.PostAsync($"/api/decisions/{id}/positions", new { position = "support" }, key);
        var retry = await members[0].Caller.PostAsync($"/api/decisions/{id}/positions", new { position = "support" }, key);

        await first.ShouldHaveStatusAsync(200);
        await retry.ShouldHaveStatusAsync(200);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await first.Content.ReadAsStringAsync()), JsonNode.Parse(await retry.Content.ReadAsStringAsync())));
        Assert.Equal(1, await EventsOfAsync<PositionTaken>(id));
    }

    [Fact]
    public async Task a_new_position_replaces_the_members_current_one()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);

        await (await TakePositionAsync(members[0].Caller, id, "support")).ShouldHaveStatusAsync(200);
        await (await TakePositionAsync(members[0].Caller, id, "abstain")).ShouldHaveStatusAsync(200);

        var decision = await DecisionAsync(members[0].Caller, id);
        Assert.Equal("abstain", decision.GetProperty("positions").EnumerateArray().Single().Str("position"));
        Assert.Equal((0, 0, 1), Counts(decision.GetProperty("tally")));
    }

    [Fact]
    public async Task a_missing_or_unknown_position_is_invalid_and_nothing_is_written()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        var before = await EventCountAsync();

        var missing = await (await members[0].Caller.PostAsync($"/api/decisions/{id}/positions", new { reason = "Ved ikke" })).ShouldBeProblemAsync(400);
        var unknown = await (await TakePositionAsync(members[0].Caller, id, "maybe")).ShouldBeProblemAsync(400);
        var tooLong = await (await TakePositionAsync(members[0].Caller, id, "support", new string('x', 2_001))).ShouldBeProblemAsync(400);

        Assert.StartsWith("Holdning skal angives", missing.FieldError("position"));
        Assert.Contains("position", unknown.FieldError("position") + unknown.Detail());
        Assert.Equal("Begrundelsen må højst være 2.000 tegn.", tooLong.FieldError("reason"));
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task the_secretariat_and_members_outside_the_theme_are_forbidden()
    {
        var (themeId, _) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        var (_, outsider) = await MemberAsync();
        var before = await EventCountAsync();

        var problem = await (await TakePositionAsync(outsider, id, "support")).ShouldBeProblemAsync(403);
        var secretariat = await (await TakePositionAsync(Secretariat, id, "support")).ShouldBeProblemAsync(403);

        Assert.Equal("Kun temaets deltagende medlemmer kan tage stilling. "
            + $"Meld dig til med POST /api/themes/{themeId}/participants og dit medlems-id som memberId (det står i GET /api/me), "
            + "eller bed sekretariatet om at tilføje dig.", problem.Detail());
        // The secretariat cannot join a theme as a member: it is told no more than that.
        Assert.Equal("Kun temaets deltagende medlemmer kan tage stilling.", secretariat.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task a_decision_in_a_closed_theme_of_others_or_an_unknown_one_is_not_found()
    {
        var (themeId, _) = await ThemeWithAsync("closed", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        var (_, outsider) = await MemberAsync();

        await (await TakePositionAsync(outsider, id, "support")).ShouldBeUnknownAsync();
        await (await TakePositionAsync(outsider, Guid.NewGuid(), "support")).ShouldBeProblemAsync(404);
        await (await Anonymous.PostAsync($"/api/decisions/{id}/positions", new { position = "support" })).ShouldBeProblemAsync(401);
    }

    [Fact]
    public async Task after_the_deadline_it_is_a_conflict_even_before_the_decision_is_closed()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        Clock.Advance(TimeSpan.FromDays(3));
        var before = await EventCountAsync();

        var problem = await (await TakePositionAsync(members[0].Caller, id, "support")).ShouldBeProblemAsync(409);

        Assert.Equal("Der kan ikke længere tages stilling til forslaget.", problem.Detail());
        Assert.Equal(before, await EventCountAsync());
    }

    [Theory]
    [InlineData("conclude")]
    [InlineData("withdraw")]
    public async Task a_concluded_or_withdrawn_decision_takes_no_positions(string ending)
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        await (await Secretariat.PostAsync($"/api/decisions/{id}/{ending}", new { outcome = "adopted", rationale = "Enighed." })).ShouldHaveStatusAsync(200);

        await (await TakePositionAsync(members[0].Caller, id, "support")).ShouldBeProblemAsync(409);
    }

    [Fact]
    public async Task in_an_archived_theme_it_is_a_conflict()
    {
        var (themeId, members) = await ThemeWithAsync("forum", "kommune");
        var id = await ProposeAsync(Secretariat, themeId);
        await (await Secretariat.PostAsync($"/api/themes/{themeId}/archive")).ShouldHaveStatusAsync(204);

        Assert.Contains("arkiveret", (await (await TakePositionAsync(members[0].Caller, id, "support")).ShouldBeProblemAsync(409)).Detail());
    }
}
