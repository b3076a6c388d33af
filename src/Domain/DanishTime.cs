namespace Politikerforum.Domain;

/// <summary>Time as the members live it: days, weeks and deadlines in Danish time, winter or summer.</summary>
public static class DanishTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    /// <summary>The date in Denmark at this moment.</summary>
    public static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time, Zone).DateTime);

    /// <summary>
    /// The moment a Danish day begins. Denmark changes its clocks at 02:00/03:00, so local midnight always exists
    /// and is unambiguous.
    /// </summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(midnight, Zone.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The Monday that begins the Danish week of this date.</summary>
    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>A moment given as Danish wall-clock time (as a person types it), as the moment it is.</summary>
    public static DateTimeOffset At(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The Danish wall-clock time of a moment, as a form shows it.</summary>
    public static DateTime WallClockOf(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).DateTime;
}
