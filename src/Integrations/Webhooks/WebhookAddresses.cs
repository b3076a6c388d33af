using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Politikerforum.Domain;

namespace Politikerforum.Integrations.Webhooks;

/// <summary>
/// Where webhooks may go: http(s) only, https only in Production, and never to this machine or to private,
/// link-local or otherwise non-public addresses. Checked on the addresses a name resolves to when the subscription is
/// made, and again on every connection (<see cref="ConnectAsync"/>), so a name that is later pointed at an internal
/// address (DNS rebinding) still cannot reach it. Tests may allow loopback; Production never does.
/// </summary>
public sealed class WebhookAddresses(IOptions<WebhookOptions> options, IHostEnvironment environment)
{
    private bool Production => environment.IsProduction();
    private bool LoopbackAllowed => options.Value.AllowLoopback && !Production;

    public Refusal? RefusesUrl(string? url) =>
        !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0
            ? Invalid("Adressen skal være en fuld http- eller https-adresse.")
        : Production && uri.Scheme != "https" ? Invalid("Adressen skal bruge https.")
        : uri.UserInfo.Length > 0 ? Invalid("Adressen må ikke indeholde brugernavn eller adgangskode.")
        : null;

    /// <param name="resolved">The addresses the host name resolved to; empty when it did not resolve.</param>
    public Refusal? RefusesAddresses(IReadOnlyList<IPAddress> resolved) =>
        resolved.Count == 0 ? Invalid("Adressens værtsnavn kunne ikke slås op.")
        : resolved.Any(a => !Allowed(a)) ? Invalid("Adressen peger på en intern, lokal eller ikke-offentlig netværksadresse.")
        : null;

    public static async Task<IReadOnlyList<IPAddress>> ResolveAsync(string host, CancellationToken ct)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        try { return await Dns.GetHostAddressesAsync(host, ct); }
        catch (SocketException) { return []; }
    }

    /// <summary>For <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves again and connects only to an allowed address.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var allowed = (await ResolveAsync(context.DnsEndPoint.Host, ct)).Where(Allowed).ToArray();
        if (allowed.Length == 0)
            throw new HttpRequestException($"{context.DnsEndPoint.Host} does not resolve to an address webhooks may be sent to.");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public bool Allowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return LoopbackAllowed;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => PublicV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => PublicV6(address),
            _ => false
        };
    }

    private static bool PublicV4(byte[] b) => !(
        b[0] is 0 or 10 or 127 || b[0] >= 224                       // this network, private, loopback, multicast, reserved
        || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)               // carrier-grade NAT
        || (b[0] == 169 && b[1] == 254)                             // link-local (cloud metadata services live here)
        || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
        || (b[0] == 192 && b[1] == 168)
        || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)             // IETF protocol assignments, documentation
        || (b[0] == 198 && b[1] is 18 or 19)                        // benchmarking
        || (b[0] == 198 && b[1] == 51 && b[2] == 100)
        || (b[0] == 203 && b[1] == 0 && b[2] == 113));

    private static bool PublicV6(IPAddress a)
    {
        var b = a.GetAddressBytes();
        if (a.Equals(IPAddress.IPv6None) || a.IsIPv6LinkLocal || a.IsIPv6SiteLocal || a.IsIPv6Multicast || a.IsIPv6UniqueLocal) return false;
        // NAT64 (64:ff9b::/96) reaches the IPv4 address it embeds.
        if (b[0] == 0 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return PublicV4(b[12..]);
        // Documentation (2001:db8::/32) and discard (100::/64).
        return !(b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) && !(b[0] == 0x01 && b[1] == 0x00 && b.Skip(2).Take(6).All(x => x == 0));
    }

    private static Refusal Invalid(string detail) => new(RefusalKind.Invalid, detail, new Dictionary<string, string[]> { ["url"] = [detail] });
}
