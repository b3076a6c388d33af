using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Politikerforum.Host.Auth;
using Politikerforum.Host.Settings;

namespace Politikerforum.Host.Http;

/// <summary>How many API requests one caller may make per window (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitSettings : ISettings
{
    public static string Section => "RateLimiting";

    /// <summary>Far more than a person or a well-behaved integration makes; it stops a runaway script, not people.</summary>
    public int PermitLimit { get; set; } = 1_200;
    public int WindowSeconds { get; set; } = 60;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (PermitLimit < 1) yield return $"RateLimiting:PermitLimit must be at least 1; it is {PermitLimit}.";
        if (WindowSeconds < 1) yield return $"RateLimiting:WindowSeconds must be at least 1; it is {WindowSeconds}.";
    }
}

/// <summary>
/// Per-caller rate limiting for the API, partitioned by the token's object id, so one runaway client cannot
/// crowd out the others. Callers without a token share a partition per address. Rejections are 429 problem
/// details with a Retry-After header.
/// </summary>
public static class RateLimits
{
    public static void AddForumRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                !context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetNoLimiter("outside-api")
                    : RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0
                    }));
            options.OnRejected = RejectAsync;
        });
    }

    private static string PartitionOf(HttpContext context) =>
        context.User.FindFirst(Callers.ObjectIdClaim)?.Value is { Length: > 0 } objectId
            ? $"oid:{objectId}"
            : $"address:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = { Status = 429, Detail = "Du har sendt for mange forespørgsler på kort tid. Vent lidt, og prøv igen." }
        });
    }
}
