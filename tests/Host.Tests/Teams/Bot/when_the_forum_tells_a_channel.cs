using System.Text.Json.Nodes;
using Politikerforum.Host.Tests.Experiments;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;
using Politikerforum.Host.Tests.Teams.Support;
using Politikerforum.Integrations.Teams.Notices;
using Politikerforum.Integrations.Teams.Outbound;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Teams.Bot;

/// <summary>
/// What happens in a theme reaches its channel: in normal pace once a day, in a digest at Teams:DigestTime (Danish
/// time); in urgent pace at once, and one to one to the participants who asked for that. The clock is moved, never waited for.
/// </summary>
public sealed class when_the_forum_tells_a_channel(ForumFixture fixture) : BotTest(fixture)
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private async Task<(Guid Theme, TeamsChannel Channel, TeamsUser Member, Caller Caller)> ThemeInTeamsAsync()
    {
        var (_, caller, member) = await MemberInTeamsAsync();
        var theme = await caller.OpenThemeAsync("forum", "Klimatilpasning");
        return (theme, await LinkedChannelAsync(theme), member, caller);
    }

    private async Task SwitchToUrgentAsync(Guid theme) =>
        await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "urgent", reason = "Stormfloden rammer i weekenden", until = Clock.GetUtcNow().AddDays(2) }))
            .ShouldHaveStatusAsync(200);

    /// <summary>Switches to urgent pace and waits until the switch has been told, so its notices are not counted later.</summary>
    private Task UrgentAsync(Guid theme) => AndDeliveredAsync(() => SwitchToUrgentAsync(theme));

    private object Decision => new { title = "Fælles beredskab", proposal = "Vi deler sandsække på tværs af kommunerne.", deadline = Clock.GetUtcNow().AddDays(3) };

    /// <summary>The threads the bot started in the channel, each with its first message.</summary>
    private static List<JsonNode> ThreadsIn(IEnumerable<FakeConnector.Call> calls, TeamsChannel channel) =>
        [.. calls.Where(c => c.Target.EndsWith("/v3/conversations") && (string?)c.Body!["channelData"]?["channel"]?["id"] == channel.ChannelId).Select(c => c.Body!)];

    private static string CardText(JsonNode? message) => Said.TextOf(message);

    [Fact]
    public async Task in_normal_pace_a_proposal_waits_for_the_days_digest_at_eight_danish_time()
    {
        var (theme, channel, _, caller) = await ThemeInTeamsAsync();

        var (calls, tracked) = await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/decisions", Decision));

        Assert.Empty(ThreadsIn(calls, channel));
        var digest = tracked.Scheduled.SingleEnvelope<SendDigest>();
        var at = TimeZoneInfo.ConvertTime(digest.ScheduledTime!.Value, Copenhagen);
        Assert.Equal(new TimeSpan(8, 0, 0), at.TimeOfDay);
        Assert.InRange(digest.ScheduledTime.Value - Clock.GetUtcNow(), TimeSpan.Zero, TimeSpan.FromHours(24));

        Clock.Advance(digest.ScheduledTime.Value - Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var sent = await DeliveredAsync(digest.Message!);

        var thread = Assert.Single(ThreadsIn(sent, channel));
        Assert.Contains("Nyt i temaet Klimatilpasning", CardText(thread["activity"]));
        Assert.Contains("Nyt forslag: »Fælles beredskab«", CardText(thread["activity"]));
        var card = Assert.Single(sent, c => c.Method == "POST" && c.Target.EndsWith("/activities"));
        Assert.Contains("Forslag: Fælles beredskab", CardText(card.Body));
        Assert.Empty(await DeliveredAsync(digest.Message!));
    }

    [Fact]
    public async Task the_days_notices_go_out_together_in_one_digest()
    {
        var (theme, channel, _, caller) = await ThemeInTeamsAsync();
        var experiment = await caller.ProposeExperimentAsync(theme, Clock.GetUtcNow());
        await caller.StartExperimentAsync(experiment);

        var (_, tracked) = await AndDeliveredAsync(async () =>
        {
            await caller.CreateAsync($"/api/themes/{theme}/decisions", Decision);
            await caller.RecordLessonAsync(theme, "Sandsække virker", "Det virkede at dele dem.");
            await caller.ConcludeExperimentAsync(experiment);
        });

        var digest = tracked.Scheduled.SingleEnvelope<SendDigest>();
        Clock.Advance(TimeSpan.FromDays(1));
        var sent = await DeliveredAsync(digest.Message!);
        var summary = CardText(Assert.Single(ThreadsIn(sent, channel))["activity"]);
        Assert.Contains("Nyt forslag", summary);
        Assert.Contains("Ny erfaring: »Sandsække virker«", summary);
        Assert.Contains("Eksperimentet »Firedages arbejdsuge i ældreplejen« er afsluttet", summary);
        Assert.Equal(3, sent.Count(c => c.Method == "POST" && c.Target.EndsWith("/activities")));
    }

    [Fact]
    public async Task in_urgent_pace_it_goes_out_at_once_and_one_to_one_to_those_who_asked()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        var (otherId, _, other) = await MemberInTeamsAsync("Anne Berg", "region", "Region Midtjylland");
        await Secretariat.AddParticipantAsync(theme, otherId);
        await SayAsync(member, channel, "besked ved hurtig handling");
        await SayAsync(other, channel, "hjælp");
        await UrgentAsync(theme);

        var (calls, tracked) = await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/decisions", Decision));

        Assert.Empty(tracked.Scheduled.MessagesOf<SendDigest>());
        Assert.Contains("Forslag: Fælles beredskab", CardText(Assert.Single(ThreadsIn(calls, channel))["activity"]));
        var personal = Assert.Single(calls, c => c.Target.EndsWith("/v3/conversations") && (bool?)c.Body!["isGroup"] == false);
        Assert.Equal(member.TeamsId, (string?)personal.Body!["members"]![0]!["id"]);
        Assert.Contains(calls, c => c.Target.Contains(Uri.EscapeDataString(personal.Answer!["id"]!.GetValue<string>())) && CardText(c.Body).Contains("Forslag: Fælles beredskab"));
    }

    [Fact]
    public async Task a_pace_switch_is_told_at_once_whatever_the_pace()
    {
        var (theme, channel, member, _) = await ThemeInTeamsAsync();
        await SayAsync(member, channel, "besked ved hurtig handling");

        var (calls, _) = await AndDeliveredAsync(() => SwitchToUrgentAsync(theme));

        var notice = CardText(Assert.Single(ThreadsIn(calls, channel))["activity"]);
        Assert.Contains("er i hurtig handling indtil", notice);
        Assert.Contains("Stormfloden rammer i weekenden", notice);
        Assert.Single(calls, c => c.Target.EndsWith("/v3/conversations") && (bool?)c.Body!["isGroup"] == false);

        var (back, _) = await AndDeliveredAsync(async () =>
            await (await Secretariat.PostAsync($"/api/themes/{theme}/pace", new { pace = "normal" })).ShouldHaveStatusAsync(200));
        Assert.Contains("tilbage i normalt tempo", CardText(Assert.Single(ThreadsIn(back, channel))["activity"]));
        Assert.DoesNotContain(back, c => c.Target.EndsWith("/v3/conversations") && (bool?)c.Body!["isGroup"] == false);
    }

    [Fact]
    public async Task a_chatham_house_lesson_waits_for_the_digest_even_in_urgent_pace()
    {
        var (theme, channel, member, caller) = await ThemeInTeamsAsync();
        await SayAsync(member, channel, "besked ved hurtig handling");
        await UrgentAsync(theme);

        var (calls, tracked) = await AndDeliveredAsync(() => caller.RecordLessonAsync(theme, "Evakueringen gik skævt", "Vi var for sent ude.", "went-wrong", "chatham-house"));

        Assert.Empty(calls);
        var digest = tracked.Scheduled.SingleEnvelope<SendDigest>();
        Clock.Advance(TimeSpan.FromDays(1));
        var sent = await DeliveredAsync(digest.Message!);
        Assert.Contains("Ny erfaring delt under Chatham House-reglen: »Evakueringen gik skævt«", CardText(Assert.Single(ThreadsIn(sent, channel))["activity"]));
        Assert.DoesNotContain(sent, c => c.Target.EndsWith("/v3/conversations") && (bool?)c.Body!["isGroup"] == false);
    }

    /// <summary>A proposal in an urgent theme in Teams, whose card the bot posted at once; the card's place, and what a position on the decision does to it.</summary>
    private async Task<(Guid Theme, Func<string, Task<FakeConnector.Call>> Position, string Card)> DecisionCardAsync()
    {
        var (theme, _, _, caller) = await ThemeInTeamsAsync();
        await UrgentAsync(theme);
        var (proposed, _) = await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/decisions", Decision));
        var start = Assert.Single(proposed, c => c.Target.EndsWith("/v3/conversations")).Answer!;
        var decision = Assert.Single(await caller.ItemsAsync($"/api/decisions?theme={theme}")).Id();
        return (theme, async position => Assert.Single((await AndDeliveredAsync(async () =>
                await (await caller.PostAsync($"/api/decisions/{decision}/positions", new { position })).ShouldHaveStatusAsync(200))).Calls),
            $"{ActivitiesOf(ServicePath, start["id"]!.GetValue<string>())}/{start["activityId"]}");
    }

    [Fact]
    public async Task a_posted_decision_card_shows_the_live_tally()
    {
        var (_, position, card) = await DecisionCardAsync();

        var update = await position("support");

        Assert.Equal(("PUT", card), (update.Method, update.Target));
        Assert.Contains("Kommune\",\"value\":\"1 støtter · 0 imod · 0 undlader", CardText(update.Body));
    }

    /// <summary>The card stays in the channel after the link is gone, so it is kept current (Theme.HasBeenInTeams).</summary>
    [Fact]
    public async Task a_decision_card_stays_live_after_the_channel_is_unlinked()
    {
        var (theme, position, card) = await DecisionCardAsync();
        (await Secretariat.DeleteAsync($"/api/themes/{theme}/teams-channel")).EnsureSuccessStatusCode();

        var update = await position("object");

        Assert.Equal(("PUT", card), (update.Method, update.Target));
        Assert.Contains("Kommune\",\"value\":\"0 støtter · 1 imod · 0 undlader", CardText(update.Body));
    }

    /// <summary>Most themes are never in Teams: their positions and lessons must not cost the bot a durable message each.</summary>
    [Fact]
    public async Task positions_and_lessons_in_a_theme_never_in_teams_give_the_bot_no_work()
    {
        var (_, caller) = await MemberAsync();
        var theme = await caller.OpenThemeAsync();
        // The proposal's own notice (forwarded always, dropped for want of a channel) is done with before the positions.
        await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/decisions", Decision));
        var decision = Assert.Single(await caller.ItemsAsync($"/api/decisions?theme={theme}")).Id();

        var (calls, tracked) = await AndDeliveredAsync(async () =>
        {
            await (await caller.PostAsync($"/api/decisions/{decision}/positions", new { position = "support" })).ShouldHaveStatusAsync(200);
            await caller.RecordLessonAsync(theme, "Sandsække virker", "Det virkede at dele dem.");
        });

        Assert.Empty(calls);
        Assert.DoesNotContain(tracked.AllRecordsInOrder(), record => record.Message is ITeamsDelivery);
    }

    [Fact]
    public async Task a_hidden_lessons_card_is_taken_down()
    {
        var (theme, _, _, caller) = await ThemeInTeamsAsync();
        await UrgentAsync(theme);
        var (lessonPosted, _) = await AndDeliveredAsync(() => caller.RecordLessonAsync(theme, "Sandsække virker", "Det virkede at dele dem."));
        var lessonThread = Assert.Single(lessonPosted, c => c.Target.EndsWith("/v3/conversations")).Answer!;
        var lesson = Assert.Single(await caller.ItemsAsync($"/api/lessons?theme={theme}")).Id();

        var (hidden, _) = await AndDeliveredAsync(async () =>
            await (await Secretariat.PostAsync($"/api/lessons/{lesson}/hide", new { reason = "Personoplysninger" })).ShouldHaveStatusAsync(204));

        var delete = Assert.Single(hidden);
        Assert.Equal(("DELETE", $"{ActivitiesOf(ServicePath, lessonThread["id"]!.GetValue<string>())}/{lessonThread["activityId"]}"), (delete.Method, delete.Target));
    }

    [Fact]
    public async Task an_overdue_commitment_is_told_in_the_channel()
    {
        var (theme, channel, _, caller) = await ThemeInTeamsAsync();
        var (_, made) = await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/commitments",
            new { what = "Data om ventelister", toLevel = "region", dueOn = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(2) }));
        await UrgentAsync(theme);
        var flag = made.Scheduled.SingleEnvelope<Politikerforum.Domain.Commitments.FlagOverdueCommitment>();
        Clock.Advance(TimeSpan.FromDays(4));

        var sent = await DeliveredAsync(flag.Message!);

        Assert.Contains("Tilsagnet fra Aarhus Kommune om »Data om ventelister« er ikke indfriet", CardText(Assert.Single(ThreadsIn(sent, channel))["activity"]));
    }

    [Fact]
    public async Task a_theme_without_a_channel_tells_no_one()
    {
        var (_, caller) = await MemberAsync();
        var theme = await caller.OpenThemeAsync();
        await UrgentAsync(theme);

        var (calls, tracked) = await AndDeliveredAsync(() => caller.CreateAsync($"/api/themes/{theme}/decisions", Decision));

        Assert.Empty(calls);
        Assert.Empty(tracked.Scheduled.MessagesOf<SendDigest>());
    }
}
