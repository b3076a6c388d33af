using Microsoft.Playwright;

namespace Politikerforum.Host.Tests.Web.Support;

/// <summary>
/// Debian's Chromium (/usr/bin/chromium, which ops/test installs with apt-get), driven by Playwright for .NET; no browser is
/// ever downloaded. Started once per test class, headless and without any background traffic, with a fresh profile
/// (Playwright gives each launch a new user data directory of its own).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
            throw new InvalidOperationException($"{Executable} is missing: run the tests with ops/test, which installs Debian's chromium package.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"
            ]
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
