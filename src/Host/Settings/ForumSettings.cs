namespace Politikerforum.Host.Settings;

/// <summary>Section <c>Forum</c>: the forum as a whole.</summary>
public sealed class ForumSettings : ISettings
{
    public static string Section => "Forum";

    /// <summary>Seeds the Danish demo forum into an empty event store (ops/run turns it on).</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>
    /// Development and Testing: run the handler code pre-generated in src/Host/Internal/Generated, without Roslyn, as every
    /// other environment always does (ops/bench turns it on, so it measures what production runs).
    /// </summary>
    public bool PreGeneratedCode { get; set; }

    /// <summary>The address people and integrators reach the forum at, e.g. https://politikerforum.dk.</summary>
    public string? PublicUrl { get; set; }

    public IEnumerable<string> Problems(IHostEnvironment environment)
    {
        if (!string.IsNullOrWhiteSpace(PublicUrl) && !ForumEnvironment.IsAbsoluteUrl(PublicUrl.Trim(), Uri.UriSchemeHttps, Uri.UriSchemeHttp))
            yield return $"Forum:PublicUrl must be an absolute http(s) URL such as https://politikerforum.dk; it is '{PublicUrl}'.";
        if (SeedDemoData && !environment.RunsLocally())
            yield return "Forum:SeedDemoData is for Development only: it would put invented members and themes into a real forum.";
    }
}

/// <summary>Section <c>Api</c>: how the API describes itself.</summary>
public sealed class ApiSettings : ISettings
{
    public static string Section => "Api";

    /// <summary>Serve the OpenAPI document and the /docs reference.</summary>
    public bool Docs { get; set; } = true;

    public IEnumerable<string> Problems(IHostEnvironment environment) => [];
}
