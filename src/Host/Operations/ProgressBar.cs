using System.Globalization;

namespace Politikerforum.Host.Operations;

/// <summary>
/// One line of progress: bar, share done, events, events per second and the time left. On a terminal it redraws
/// itself in place; into a file or a pipe it writes a new line at most every few seconds.
/// </summary>
public sealed class ProgressBar(string label, long total, TextWriter output, bool redraw, TimeProvider clock)
{
    private const int Width = 30;
    private readonly DateTimeOffset _started = clock.GetUtcNow();
    private DateTimeOffset _lastLine = DateTimeOffset.MinValue;

    public double EventsPerSecond { get; private set; }

    public void Show(long done, bool final = false)
    {
        var now = clock.GetUtcNow();
        var elapsed = (now - _started).TotalSeconds;
        EventsPerSecond = elapsed > 0 ? done / elapsed : 0;
        if (!final && !redraw && now - _lastLine < TimeSpan.FromSeconds(2)) return;
        _lastLine = now;
        output.Write((redraw ? "\r" : "") + Line(done) + (redraw && !final ? "" : "\n"));
        output.Flush();
    }

    public string Line(long done)
    {
        var share = total == 0 ? 1 : Math.Clamp((double)done / total, 0, 1);
        var filled = (int)Math.Round(share * Width);
        var left = EventsPerSecond > 0 ? TimeSpan.FromSeconds((total - done) / EventsPerSecond) : (TimeSpan?)null;
        var eta = done >= total ? "00:00" : left is { } l ? l.ToString(l.TotalHours >= 1 ? @"h\:mm\:ss" : @"mm\:ss", CultureInfo.InvariantCulture) : "--:--";
        return string.Create(CultureInfo.InvariantCulture,
            $"{label,-24} [{new string('#', filled)}{new string('.', Width - filled)}] {share * 100,3:0}% {done:N0}/{total:N0} events  {EventsPerSecond:N0} events/s  ETA {eta}");
    }
}
