using Politikerforum.Domain.Commitments;
using Politikerforum.Host.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Politikerforum.Host.Tests.Commitments;

/// <summary>The overdue flag is a Wolverine message scheduled for the due time; the tests deliver it and move the fake clock.</summary>
public sealed class when_a_commitment_falls_due(ForumFixture fixture) : CommitmentTest(fixture)
{
    private async Task<(ThreeLevels Forum, Guid Id, FlagOverdueCommitment Flag, DateTimeOffset DueAt)> CommittedAsync()
    {
        var forum = await ThreeLevelsAsync();
        var id = Guid.Empty;
        var tracked = await Host.ExecuteAndWaitAsync(async () => id = await CommitAsync(forum.Mette.Caller, forum.ThemeId, "region", Today.AddDays(3)));
        var scheduled = tracked.Scheduled.SingleEnvelope<FlagOverdueCommitment>();
        var dueAt = (await CommitmentAsync(forum.Mette.Caller, id)).GetProperty("dueAt").GetDateTimeOffset();
        Assert.Equal(dueAt, await StoredScheduleAsync(scheduled.Id));
        return (forum, id, (FlagOverdueCommitment)scheduled.Message!, dueAt);
    }

    /// <summary>Kept in the durable inbox, so a restart before the due time does not lose it.</summary>
    private async Task<DateTimeOffset?> StoredScheduleAsync(Guid envelopeId) =>
        (await Host.GetRuntime().Storage.Admin.AllIncomingAsync()).Single(e => e.Id == envelopeId).ScheduledTime;

    private void MoveClockPast(DateTimeOffset time) => Clock.Advance(time - Clock.GetUtcNow() + TimeSpan.FromMinutes(1));

    [Fact]
    public async Task making_it_schedules_the_flag_for_midnight_danish_time_after_its_date()
    {
        var (_, id, flag, dueAt) = await CommittedAsync();

        Assert.Equal(id, flag.CommitmentId);
        Assert.Equal(CommitmentClock.DueAt(Today.AddDays(3)), dueAt);
    }

    [Fact]
    public async Task an_open_commitment_is_flagged_overdue_once_when_its_date_has_passed()
    {
        var (forum, id, flag, dueAt) = await CommittedAsync();
        MoveClockPast(dueAt);

        await Host.InvokeMessageAndWaitAsync(flag);
        var afterFirst = await EventCountAsync();
        await Host.InvokeMessageAndWaitAsync(flag);

        Assert.Equal(afterFirst, await EventCountAsync());
        var commitment = await CommitmentAsync(forum.Anne.Caller, id);
        Assert.Equal(("overdue", true), (commitment.Str("status"), commitment.GetProperty("wasOverdue").GetBoolean()));
        var overdue = (await forum.Anne.Caller.ItemsAsync($"/api/themes/{forum.ThemeId}/timeline")).Last();
        Assert.Equal(("commitment.overdue", id), (overdue.Str("type"), overdue.Id("itemId")));
        Assert.Equal([id], (await forum.Anne.Caller.ItemsAsync("/api/commitments?status=overdue")).Select(c => c.Id()));
    }

    [Fact]
    public async Task delivered_early_the_flag_does_nothing_and_waits_for_the_due_time()
    {
        var (forum, id, flag, dueAt) = await CommittedAsync();
        var before = await EventCountAsync();

        var tracked = await Host.InvokeMessageAndWaitAsync(flag);

        Assert.Equal(before, await EventCountAsync());
        Assert.Equal("open", (await CommitmentAsync(forum.Mette.Caller, id)).Str("status"));
        Assert.Equal(dueAt, await StoredScheduleAsync(tracked.Scheduled.SingleEnvelope<FlagOverdueCommitment>().Id));
    }

    [Fact]
    public async Task a_commitment_settled_in_time_is_never_flagged()
    {
        var (forum, id, flag, dueAt) = await CommittedAsync();
        await (await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt i tide" })).ShouldHaveStatusAsync(200);
        MoveClockPast(dueAt);
        var before = await EventCountAsync();

        await Host.InvokeMessageAndWaitAsync(flag);

        Assert.Equal(before, await EventCountAsync());
        var commitment = await CommitmentAsync(forum.Mette.Caller, id);
        Assert.Equal(("fulfilled", false), (commitment.Str("status"), commitment.GetProperty("wasOverdue").GetBoolean()));
    }

    [Fact]
    public async Task an_overdue_commitment_may_still_be_fulfilled_and_stays_marked_late()
    {
        var (forum, id, flag, dueAt) = await CommittedAsync();
        MoveClockPast(dueAt);
        await Host.InvokeMessageAndWaitAsync(flag);

        await (await forum.Mette.Caller.PostAsync($"/api/commitments/{id}/fulfil", new { note = "Sendt, desværre sent" })).ShouldHaveStatusAsync(200);

        var commitment = await CommitmentAsync(forum.Anne.Caller, id);
        Assert.Equal(("fulfilled", true), (commitment.Str("status"), commitment.GetProperty("wasOverdue").GetBoolean()));
        Assert.Equal("Indfriede tilsagnet om »Data om ventelister« efter fristen: »Sendt, desværre sent«",
            (await forum.Anne.Caller.ItemsAsync($"/api/themes/{forum.ThemeId}/timeline")).Last().Str("summary"));
        Assert.Empty(await forum.Anne.Caller.ItemsAsync("/api/commitments?status=overdue"));
    }
}
