using Microsoft.AspNetCore.Hosting;

namespace Politikerforum.Host.Tests.Support;

/// <summary>Settings every test host shares.</summary>
public static class ForumSettings
{
    public const string PublicUrl = "https://politikerforum.test";

    /// <summary>
    /// Webhooks may go to receivers on 127.0.0.1, and retry within a second instead of minutes; the 24 hours before a
    /// delivery is parked stay as in production (tests move the forum's clock instead). The stream beats every second.
    /// A receiver has 3 s to answer: a loopback answer on a loaded 2-core machine took more than 1 s now and then, and a
    /// timeout nobody meant made the attempt counts of the webhook tests wrong.
    /// </summary>
    public static void Integrators(IWebHostBuilder builder)
    {
        builder.UseSetting("Forum:PublicUrl", PublicUrl);
        builder.UseSetting("Webhooks:AllowLoopback", "true");
        builder.UseSetting("Webhooks:FirstRetryDelay", "00:00:00.100");
        builder.UseSetting("Webhooks:MaxRetryDelay", "00:00:00.400");
        builder.UseSetting("Webhooks:Timeout", "00:00:03");
        builder.UseSetting("Webhooks:SweepInterval", "00:00:05");
        builder.UseSetting("Feed:StreamHeartbeat", "00:00:01");
        builder.UseSetting("Feed:StreamPollInterval", "00:00:00.100");
    }
}
