namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// Waiting for work that happens outside the test's own call (a broker, a webhook receiver, another process): the
/// condition is asked again every 100 ms until it holds, and the test fails with <paramref name="what"/> at the deadline.
/// Never a fixed wait; where Wolverine's tracking or the daemon's catch-up can say when something is done, use those.
/// </summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> holds, TimeSpan within, Func<string> what)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await holds())
        {
            Assert.True(DateTime.UtcNow < deadline, what());
            await Task.Delay(100);
        }
    }

    public static Task UntilAsync(Func<bool> holds, TimeSpan within, Func<string> what) =>
        UntilAsync(() => Task.FromResult(holds()), within, what);
}
