namespace Politikerforum.Host.Settings;

/// <summary>Section <c>Idempotency</c>: the key of the hashed callers in the remembered outcomes (see <see cref="Http.CallerSecret"/>).</summary>
public sealed class IdempotencySettings : ISettings
{
    public static string Section => "Idempotency";

    /// <summary>Secret. Without it anyone holding the table could hash a known Entra object id and find that person's keys.</summary>
    public string? CallerSecret { get; set; }

    public const int MinimumLength = 32;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (environment.RunsLocally()) yield break;
        if (string.IsNullOrWhiteSpace(CallerSecret) || CallerSecret.Length < MinimumLength)
            yield return $"Idempotency:CallerSecret must be a random secret of at least {MinimumLength} characters outside Development " +
                         "(e.g. openssl rand -hex 32).";
    }
}
