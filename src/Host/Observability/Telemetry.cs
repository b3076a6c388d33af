using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Politikerforum.Host.Observability;

public static class Telemetry
{
    public const string ServiceName = "politikerforum";

    /// <summary>Traces and metrics for HTTP, Wolverine, Marten and Npgsql; OTLP export when an endpoint is configured.</summary>
    public static void AddForumTelemetry(this WebApplicationBuilder builder)
    {
        var exports = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName))
            .WithTracing(t =>
            {
                t.AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddNpgsql()
                    .AddSource("Wolverine*", "Marten*");
                // Spans nobody exports are not recorded: each request's span still starts, so its trace id reaches the
                // events it appends and the problems it answers, but Npgsql, Marten and Wolverine make no spans under it
                // and nothing is tagged (ops/bench: host CPU per page, docs/performance.md, "The read path, round 4").
                if (!exports) t.SetSampler(new AlwaysOffSampler());
            })
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Wolverine*", "Marten*", "Npgsql"));
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeFormattedMessage = true;
            o.IncludeScopes = true;
        });
        if (exports) otel.UseOtlpExporter();
        if (!builder.Environment.IsDevelopment()) builder.Logging.AddJsonConsole();
    }
}
