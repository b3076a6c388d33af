using Politikerforum.Domain.Themes;
using Politikerforum.Host.Tests.Support;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Pacing;

/// <summary>The revert is a Wolverine message scheduled at the end time; the tests capture it and deliver it on the fake clock.</summary>
public sealed class when_the_urgent_period_ends(ForumFixture fixture) : PaceTest(fixture)
{
    private async Task<RevertPace> SwitchAndCaptureRevertAsync(Caller caller, Guid themeId, DateTimeOffset until, int status = 200)
    {
        var tracked = await Host.ExecuteAndWaitAsync(async () =>
            await (await caller.SwitchPaceAsync(themeId, Urgent(until))).ShouldHaveStatusAsync(status));
        return tracked.Scheduled.SingleMessage<RevertPace>();
    }

    private async Task<(string Pace, DateTimeOffset? Until)> PaceAsync(Guid themeId)
    {
        var theme = await Secretariat.ThemeAsync(themeId);
        var until = theme.GetProperty("urgentUntil");
        return (theme.Str("pace"), until.ValueKind == System.Text.Json.JsonValueKind.Null ? null : until.GetDateTimeOffset());
    }

    [Fact]
    public async Task the_theme_goes_back_to_normal_by_itself_at_the_end_time_and_only_once()
    {
        var cast = await ThemeWithThreeAsync();
        var until = InHours(3);
        var revert = await SwitchAndCaptureRevertAsync(Secretariat, cast.ThemeId, until);
        Assert.Equal(new RevertPace(cast.ThemeId, until), revert);

        // Delivered before its time (clocks differ between nodes), it changes nothing and waits for the end time again.
        var early = await Host.InvokeMessageAndWaitAsync(revert);
        Assert.Equal(("urgent", until), await PaceAsync(cast.ThemeId));
        Assert.Equal(revert, early.Scheduled.SingleMessage<RevertPace>());

        Clock.Advance(TimeSpan.FromHours(3));
        await Host.InvokeMessageAndWaitAsync(revert);

        Assert.Equal(("normal", null), await PaceAsync(cast.ThemeId));
        var last = (await cast.Mette.ItemsAsync($"/api/themes/{cast.ThemeId}/timeline")).Last();
        Assert.Equal(("theme.pace-reverted", "Perioden med hurtig handling udløb, og temaet er tilbage i normalt tempo"), (last.Str("type"), last.Str("summary")));

        var before = await EventCountAsync();
        await Host.InvokeMessageAndWaitAsync(revert);
        Assert.Equal(before, await EventCountAsync());
    }

    [Fact]
    public async Task an_old_message_does_not_cut_a_later_urgent_period_short()
    {
        var cast = await ThemeWithThreeAsync();
        var old = await SwitchAndCaptureRevertAsync(Secretariat, cast.ThemeId, InHours(2));
        await (await Secretariat.SwitchPaceAsync(cast.ThemeId, Normal)).ShouldHaveStatusAsync(200);
        var later = InHours(48);
        await SwitchAndCaptureRevertAsync(Secretariat, cast.ThemeId, later);

        Clock.Advance(TimeSpan.FromHours(2));
        var before = await EventCountAsync();
        var delivered = await Host.InvokeMessageAndWaitAsync(old);

        Assert.Equal(("urgent", later), await PaceAsync(cast.ThemeId));
        Assert.Equal(before, await EventCountAsync());
        Assert.Empty(delivered.Scheduled.MessagesOf<RevertPace>());
    }

    [Fact]
    public async Task a_switch_two_levels_agreed_on_reverts_itself_too()
    {
        var cast = await ThemeWithThreeAsync();
        await (await cast.Mette.SwitchPaceAsync(cast.ThemeId, Urgent(InHours(6)))).ShouldHaveStatusAsync(202);
        var revert = await SwitchAndCaptureRevertAsync(cast.Anne, cast.ThemeId, InHours(4));

        Clock.Advance(TimeSpan.FromHours(4));
        await Host.InvokeMessageAndWaitAsync(revert);

        Assert.Equal(("normal", null), await PaceAsync(cast.ThemeId));
    }
}
