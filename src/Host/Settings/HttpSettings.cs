using Politikerforum.Host.Http;

namespace Politikerforum.Host.Settings;

/// <summary>Section <c>Http</c>: limits on what a request may bring.</summary>
public sealed class HttpSettings : ISettings
{
    public static string Section => "Http";

    public long MaxRequestBodyBytes { get; set; } = BodyLimit.DefaultMaxBytes;

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (MaxRequestBodyBytes < 1024)
            yield return $"Http:MaxRequestBodyBytes must be at least 1024 (bytes); it is {MaxRequestBodyBytes}.";
    }
}
