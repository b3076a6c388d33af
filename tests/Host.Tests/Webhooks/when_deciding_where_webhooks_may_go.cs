using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Politikerforum.Integrations.Webhooks;

namespace Politikerforum.Host.Tests.Webhooks;

/// <summary>The address rule and the retry schedule on their own, without a database.</summary>
public sealed class when_deciding_where_webhooks_may_go
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "Politikerforum";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static WebhookAddresses Addresses(string environment, bool allowLoopback = true) =>
        new(Options.Create(new WebhookOptions { AllowLoopback = allowLoopback }), new Environment(environment));

    [Fact]
    public void production_takes_https_only_and_never_loopback_even_when_configured()
    {
        var production = Addresses(Environments.Production);
        Assert.NotNull(production.RefusesUrl("http://example.dk/hook"));
        Assert.Null(production.RefusesUrl("https://example.dk/hook"));
        Assert.NotNull(production.RefusesAddresses([IPAddress.Loopback]));
        Assert.NotNull(production.RefusesAddresses([IPAddress.IPv6Loopback]));
        Assert.Null(production.RefusesAddresses([IPAddress.Parse("193.163.102.58")]));
        // One private address among public ones is enough to refuse: the name could be made to resolve to it.
        Assert.NotNull(production.RefusesAddresses([IPAddress.Parse("193.163.102.58"), IPAddress.Parse("10.0.0.1")]));
        Assert.NotNull(production.RefusesAddresses([IPAddress.Parse("::ffff:192.168.0.1")]));
        Assert.NotNull(production.RefusesAddresses([IPAddress.Parse("64:ff9b::a9fe:a9fe")]));
        Assert.NotNull(production.RefusesAddresses([]));
        Assert.Null(Addresses(Environments.Development).RefusesUrl("http://example.dk/hook"));
    }

    [Fact]
    public async Task the_connection_itself_is_refused_when_the_name_resolves_to_a_forbidden_address()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var context = new SocketsHttpConnectionContextProbe("localhost", port);

        await Assert.ThrowsAsync<HttpRequestException>(async () =>
            await Addresses(Environments.Development, allowLoopback: false).ConnectAsync(context.Value, default));
        await using var allowed = await Addresses(Environments.Development).ConnectAsync(context.Value, default);
        Assert.True(allowed.CanWrite);
    }

    [Fact]
    public void retries_back_off_exponentially_with_jitter_honour_retry_after_and_go_on_for_24_hours()
    {
        var options = new WebhookOptions();
        Assert.Equal(TimeSpan.FromSeconds(2.5), RetryPolicy.Delay(options, 1, null, 0));
        Assert.Equal(TimeSpan.FromSeconds(5), RetryPolicy.Delay(options, 1, null, 0.9999999999).RoundedToSeconds());
        Assert.Equal(TimeSpan.FromSeconds(40), RetryPolicy.Delay(options, 4, null, 1 - 1e-12).RoundedToSeconds());
        Assert.Equal(TimeSpan.FromMinutes(30), RetryPolicy.Delay(options, 30, null, 0));
        Assert.Equal(TimeSpan.FromMinutes(10), RetryPolicy.Delay(options, 1, TimeSpan.FromMinutes(10), 0.5));
        Assert.Equal(TimeSpan.FromHours(24), RetryPolicy.Delay(options, 1, TimeSpan.FromDays(3), 0.5));

        var start = DateTimeOffset.UnixEpoch;
        Assert.False(RetryPolicy.GivesUp(options, start, start.AddHours(23.99)));
        Assert.True(RetryPolicy.GivesUp(options, start, start.AddHours(24)));
        // Even at the shortest jitter, the schedule takes more attempts than a day has hours.
        var (elapsed, attempts) = (TimeSpan.Zero, 0);
        while (!RetryPolicy.GivesUp(options, start, start + elapsed)) elapsed += RetryPolicy.Delay(options, ++attempts, null, 0);
        Assert.InRange(attempts, 30, 60);
    }
}

internal static class TimeSpans
{
    public static TimeSpan RoundedToSeconds(this TimeSpan span) => TimeSpan.FromSeconds(Math.Round(span.TotalSeconds));
}

/// <summary>A <see cref="SocketsHttpConnectionContext"/> for a host and port; the type has no public constructor.</summary>
internal sealed class SocketsHttpConnectionContextProbe(string host, int port)
{
    public SocketsHttpConnectionContext Value { get; } = (SocketsHttpConnectionContext)Activator.CreateInstance(
        typeof(SocketsHttpConnectionContext), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance, null,
        [new DnsEndPoint(host, port), new HttpRequestMessage(HttpMethod.Post, $"http://{host}:{port}/")], null)!;
}
