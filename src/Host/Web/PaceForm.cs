using Politikerforum.Domain;
using Politikerforum.Domain.Themes;

namespace Politikerforum.Host.Web;

/// <summary>
/// The pace switch as a form: what was chosen, and the refusal if the command said no. <see cref="Key"/> is the
/// command's idempotency key, new for each form shown, so a form sent twice switches once.
/// </summary>
public sealed record PaceForm(Guid ThemeId, Pace Current, DateTimeOffset? UrgentUntil, Pace Chosen, string? Reason, DateTime? Until, string Key, Refusal? Refusal = null)
{
    /// <summary>A fresh form: the other pace, and for urgency three days ahead, on the hour.</summary>
    public static PaceForm For(ThemeDetail theme, DateTimeOffset now)
    {
        var chosen = theme.Pace == Pace.Urgent ? Pace.Normal : Pace.Urgent;
        var inThreeDays = DanishTime.WallClockOf(now).AddDays(3);
        return new PaceForm(theme.Id, theme.Pace, theme.UrgentUntil, chosen, null,
            chosen == Pace.Urgent ? inThreeDays.Date.AddHours(inThreeDays.Hour) : null, Guid.NewGuid().ToString());
    }

    public string? ErrorFor(string field) => Refusal?.Errors?.GetValueOrDefault(field) is { Length: > 0 } errors ? string.Join(" ", errors) : null;

    public string UntilValue => Until?.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
