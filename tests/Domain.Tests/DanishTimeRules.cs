using Politikerforum.Domain;

namespace Politikerforum.Domain.Tests;

/// <summary>Days and weeks as the members live them, in Danish time, winter and summer.</summary>
public sealed class DanishTimeRules
{
    [Theory]
    [InlineData("2026-11-30", "2026-11-30")] // a Monday
    [InlineData("2026-12-06", "2026-11-30")] // the Sunday of that week
    [InlineData("2027-01-01", "2026-12-28")] // a week across the new year
    public void a_week_begins_on_the_monday(string day, string monday) =>
        Assert.Equal(DateOnly.Parse(monday), DanishTime.MondayOf(DateOnly.Parse(day)));

    [Fact]
    public void a_danish_day_begins_at_midnight_danish_time_winter_and_summer()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-01-14T23:00:00Z"), DanishTime.StartOf(new DateOnly(2026, 1, 15)));
        Assert.Equal(DateTimeOffset.Parse("2026-07-14T22:00:00Z"), DanishTime.StartOf(new DateOnly(2026, 7, 15)));
    }

    [Fact]
    public void late_on_a_sunday_evening_in_utc_is_already_monday_in_denmark()
    {
        var sundayEveningUtc = DateTimeOffset.Parse("2026-11-29T23:30:00Z");

        Assert.Equal(new DateOnly(2026, 11, 30), DanishTime.DateOf(sundayEveningUtc));
        Assert.Equal(new DateOnly(2026, 11, 30), DanishTime.MondayOf(DanishTime.DateOf(sundayEveningUtc)));
    }

    [Fact]
    public void a_wall_clock_time_typed_in_a_form_is_the_danish_moment()
    {
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T10:00:00Z"), DanishTime.At(new DateTime(2026, 12, 3, 11, 0, 0)));
        Assert.Equal(DateTimeOffset.Parse("2026-06-03T09:00:00Z"), DanishTime.At(new DateTime(2026, 6, 3, 11, 0, 0)));
        Assert.Equal(new DateTime(2026, 6, 3, 11, 0, 0), DanishTime.WallClockOf(DateTimeOffset.Parse("2026-06-03T09:00:00Z")));
    }
}
