namespace Politikerforum.Host.Settings;

/// <summary>
/// One section of the forum's configuration (environment variables or <c>appsettings.{Environment}.json</c>), bound and
/// checked once at start-up. Each problem is one line that names the setting as an operator writes it (<c>Auth:Audience</c>)
/// and never repeats a secret's value.
/// </summary>
public interface ISettings
{
    /// <summary>The configuration section; empty for settings that live at the top level.</summary>
    static abstract string Section { get; }

    IEnumerable<string> Problems(IHostEnvironment environment);
}

/// <summary>Where the forum runs: locally (Development, and the tests' Testing) or for real (Production, Staging, …).</summary>
public static class ForumEnvironment
{
    public const string Testing = "Testing";

    /// <summary>
    /// Locally the forum takes development tokens, compiles its handlers at start and makes its own schema;
    /// anywhere else it takes Entra ID's tokens only, runs the pre-built handlers and is given a migrated database.
    /// </summary>
    public static bool RunsLocally(this IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment(Testing);

    public static bool IsAbsoluteUrl(string? value, params string[] schemes) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && schemes.Contains(uri.Scheme);
}
