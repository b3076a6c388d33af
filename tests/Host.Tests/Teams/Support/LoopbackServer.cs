using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Politikerforum.Host.Tests.Teams.Support;

/// <summary>A small https server on 127.0.0.1 with the <see cref="LoopbackCertificate"/>, for a stand-in of a Microsoft service.</summary>
public static class LoopbackServer
{
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls("https://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = LoopbackCertificate.Instance));
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>The address it listens on, once started: https://127.0.0.1:port, without a trailing slash.</summary>
    public static string BaseUrl(this WebApplication app) => app.Urls.First().TrimEnd('/');
}
