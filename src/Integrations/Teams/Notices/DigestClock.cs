using System.Globalization;
using Politikerforum.Integrations.Teams.Cards;

namespace Politikerforum.Integrations.Teams.Notices;

/// <summary>When a theme's daily digest goes out: at <c>Teams:DigestTime</c> as the members' clocks show it, winter or summer.</summary>
public static class DigestClock
{
    /// <summary>The first digest time after <paramref name="now"/>, and the Danish day it belongs to.</summary>
    public static (DateTimeOffset At, DateOnly Day) Next(DateTimeOffset now, TimeOnly digestTime)
    {
        var today = Danish.Today(now);
        foreach (var day in new[] { today, today.AddDays(1), today.AddDays(2) })
            if (Danish.At(day, digestTime) is var at && at > now) return (at, day);
        throw new InvalidOperationException("No digest time within two days.");
    }

    public static string Key(Guid themeId, DateOnly day) => $"{themeId}|{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
}
