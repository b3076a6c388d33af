using Politikerforum.Domain;
using Politikerforum.Domain.Timeline;
using Politikerforum.Host.Tests.Lessons;
using Politikerforum.Host.Tests.Support;

namespace Politikerforum.Host.Tests.Timeline;

/// <summary>
/// Activity is counted from the timeline a reader may read: by theme over the last 7 and 30 days, and week by week by the
/// level of whoever acted. Events are stamped by the event store's clock, so these tests count from the real time.
/// </summary>
public sealed class when_counting_activity(ForumFixture fixture) : ForumTest(fixture)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private static readonly Actor Secretary = new(Guid.Empty, new HashSet<Role> { Role.Secretariat });
    private static readonly Actor Integration = new(Guid.Empty, new HashSet<Role> { Role.Integrator });

    private static Actor MemberActor(Guid id) => new(id, new HashSet<Role> { Role.Member }, id);

    /// <summary>Entries as the projection stores them, at times the test chooses.</summary>
    private async Task EntriesAsync(Guid themeId, params (DateTimeOffset Time, Guid Actor)[] entries)
    {
        await using var session = Store.LightweightSession();
        foreach (var (entry, i) in entries.Select((e, i) => (e, i)))
            session.Store(new TimelineEntry { Id = 5_000_000 + i, ThemeId = themeId, Time = entry.Time, Type = "post.published", ActorId = entry.Actor, Summary = "Indlæg" });
        await session.SaveChangesAsync();
    }

    [Fact]
    public async Task recent_activity_counts_the_last_week_and_month_of_the_themes_one_may_see()
    {
        var (metteId, mette) = await MemberAsync();
        var (outsiderId, _) = await MemberAsync("Ole Udenfor", "folketing", "Folketinget");
        var open = await mette.OpenThemeAsync();
        var closed = await mette.OpenThemeAsync("closed", "Lukket rum");
        await mette.PublishAsync(open, "I dag");
        await EntriesAsync(open, (Now.AddDays(-10), metteId), (Now.AddDays(-20), metteId), (Now.AddDays(-45), metteId));
        await using var session = Store.QuerySession();

        var forMette = await ActivityReads.RecentAsync(session, MemberActor(metteId), [open, closed], Now, CancellationToken.None);
        var forOutsider = await ActivityReads.RecentAsync(session, MemberActor(outsiderId), [open, closed], Now, CancellationToken.None);

        // Opened, joined by its opener, and a post today; two more within the month; one older than that.
        Assert.Equal(new RecentActivity(3, 5), forMette[open]);
        Assert.Equal(new RecentActivity(2, 2), forMette[closed]);
        Assert.Equal([open], forOutsider.Keys);
    }

    [Fact]
    public async Task weekly_activity_is_counted_by_the_level_of_whoever_acted()
    {
        var (metteId, mette) = await MemberAsync("Mette Holm", "kommune", "Aarhus Kommune");
        var (anneId, anne) = await MemberAsync("Anne Berg", "region", "Region Midtjylland");
        var themeId = await mette.OpenThemeAsync();
        await anne.AddParticipantAsync(themeId, anneId);
        await anne.RecordLessonAsync(themeId, "Fortroligt", "Det gik skævt.", "went-wrong", "chatham-house");
        var monday = DanishTime.MondayOf(DanishTime.DateOf(Now));
        await EntriesAsync(themeId,
            (DanishTime.StartOf(monday.AddDays(-14)).AddHours(9), metteId), (DanishTime.StartOf(monday.AddDays(-8)).AddHours(23), metteId),
            (DanishTime.StartOf(monday.AddDays(-7)), anneId), (DanishTime.StartOf(monday).AddMinutes(-1), Guid.Empty),
            (DanishTime.StartOf(monday.AddDays(-21)).AddHours(12), metteId));
        await using var session = Store.QuerySession();

        var weeks = (await ActivityReads.WeeklyAsync(session, themeId, Secretary, Now, 3, CancellationToken.None))!.Weeks;

        Assert.Equal([monday.AddDays(-14), monday.AddDays(-7), monday], weeks.Select(w => w.Monday));
        // Mette's two two weeks ago (the second late on the Sunday), and her opening and joining now; the one before is outside.
        Assert.Equal([2, 0, 2], weeks.Select(w => w.PerLevel[Level.Kommune]));
        // Anne joined and recorded now, but her lesson is Chatham House: it counts among the others, not for her level.
        Assert.Equal([0, 1, 1], weeks.Select(w => w.PerLevel[Level.Region]));
        Assert.Equal([0, 1, 1], weeks.Select(w => w.Others));
        Assert.All(weeks, w => Assert.Equal(0, w.PerLevel[Level.Folketing] + w.PerLevel[Level.Europaparlamentet]));
    }

    [Fact]
    public async Task a_lesson_kept_from_the_reader_is_not_counted_for_them_nor_is_a_theme_they_may_not_see()
    {
        var (metteId, mette) = await MemberAsync();
        var themeId = await mette.OpenThemeAsync("public");
        await mette.RecordLessonAsync(themeId, "Kun for forummet", "Det virkede.", "worked", "forum");
        var closed = await mette.OpenThemeAsync("closed", "Lukket rum");
        await using var session = Store.QuerySession();

        var member = await ActivityReads.RecentAsync(session, MemberActor(metteId), [themeId], Now, CancellationToken.None);
        var integration = await ActivityReads.RecentAsync(session, Integration, [themeId], Now, CancellationToken.None);

        Assert.Equal(3, member[themeId].LastWeek);
        Assert.Equal(2, integration[themeId].LastWeek);
        Assert.Null(await ActivityReads.WeeklyAsync(session, closed, Integration, Now, 4, CancellationToken.None));
        Assert.Equal(2, (await ActivityReads.WeeklyAsync(session, themeId, Integration, Now, 4, CancellationToken.None))!.Weeks[^1].Total);
    }
}
