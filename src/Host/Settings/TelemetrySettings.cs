namespace Politikerforum.Host.Settings;

/// <summary>OpenTelemetry's own top-level setting: where traces, metrics and logs are sent (see <see cref="Observability.Telemetry"/>).</summary>
public sealed class TelemetrySettings : ISettings
{
    public static string Section => "";

    // The name OpenTelemetry's SDK reads; the binder matches it by name.
    // ReSharper disable once InconsistentNaming
    public string? OTEL_EXPORTER_OTLP_ENDPOINT { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(OTEL_EXPORTER_OTLP_ENDPOINT) &&
            !ForumEnvironment.IsAbsoluteUrl(OTEL_EXPORTER_OTLP_ENDPOINT, Uri.UriSchemeHttp, Uri.UriSchemeHttps))
            yield return $"OTEL_EXPORTER_OTLP_ENDPOINT must be an absolute http(s) URL such as http://otel-collector:4317; it is '{OTEL_EXPORTER_OTLP_ENDPOINT}'.";
    }
}
