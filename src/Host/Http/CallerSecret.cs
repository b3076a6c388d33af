using System.Text;

namespace Politikerforum.Host.Http;

/// <summary>
/// The server secret that keys the hash of each caller in the remembered outcomes (<c>Idempotency:CallerSecret</c>).
/// Without it anyone holding the table could hash a known Entra object id and find that person's keys.
/// </summary>
public static class CallerSecret
{
    /// <summary>Development and tests only; outside them the host refuses to start without a secret of its own.</summary>
    private const string Local = "politikerforum-development-caller-secret";

    public static byte[] From(IConfiguration configuration, IHostEnvironment environment)
    {
        var secret = configuration["Idempotency:CallerSecret"];
        if (string.IsNullOrWhiteSpace(secret))
            secret = environment.IsDevelopment() || environment.IsEnvironment("Testing") ? Local
                : throw new InvalidOperationException(
                    "Idempotency:CallerSecret must be configured outside Development: it keys the hash of each caller in the remembered answers.");
        return Encoding.UTF8.GetBytes(secret);
    }
}
