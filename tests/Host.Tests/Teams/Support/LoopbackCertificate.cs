using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>
/// The bot only talks https (Microsoft's endpoints, and MSAL insists). The test's stand-ins for Microsoft serve
/// https on 127.0.0.1 with this self-signed certificate, and the bot's HTTP clients in the test host trust exactly
/// it — and connect to nothing but 127.0.0.1, so a fixture's real Teams address can never be called.
/// </summary>
public static class LoopbackCertificate
{
    public static readonly X509Certificate2 Instance = Create();

    private static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        // Kestrel needs the private key in a form it can load; a PKCS#12 round trip gives it one.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public static HttpMessageHandler TrustingHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == Instance.GetCertHashString() },
        ConnectCallback = async (context, ct) =>
        {
            if (context.DnsEndPoint.Host != "127.0.0.1")
                throw new HttpRequestException($"The tests call only 127.0.0.1, not {context.DnsEndPoint.Host}.");
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
    };
}
