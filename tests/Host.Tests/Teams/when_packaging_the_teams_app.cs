using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace Politikerforum.Host.Tests.Teams;

/// <summary>ops/teams-app/package makes the app package Teams takes, from the bot's app id and the forum's address alone.</summary>
public sealed class when_packaging_the_teams_app
{
    private const string AppId = "6f2c1b0e-5a4d-4c3b-9e8f-7a6b5c4d3e2f";

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Politikerforum.sln"))) return folder.FullName;
        throw new InvalidOperationException("No Politikerforum.sln above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Errors)> PackageAsync(string output, string appId, string publicUrl)
    {
        var start = new ProcessStartInfo(Path.Combine(Root(), "ops", "teams-app", "package"), [output]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["Teams__AppId"] = appId;
        start.Environment["Forum__PublicUrl"] = publicUrl;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await errors);
    }

    private static (int Width, int Height) SizeOf(ZipArchiveEntry png)
    {
        using var stream = png.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }

    [Fact]
    public async Task the_package_holds_a_manifest_for_this_bot_and_both_icons()
    {
        var output = Path.Combine(Path.GetTempPath(), $"teams-app-{Guid.NewGuid():N}.zip");
        try
        {
            var (exitCode, errors) = await PackageAsync(output, AppId, "https://politikerforum.example.dk/");
            Assert.True(exitCode == 0, errors);

            using var package = ZipFile.OpenRead(output);
            Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Select(entry => entry.FullName).Order());
            using var manifest = JsonDocument.Parse(package.GetEntry("manifest.json")!.Open());
            var root = manifest.RootElement;
            Assert.True(Version.Parse(root.GetProperty("manifestVersion").GetString()!) >= new Version(1, 17));
            Assert.Equal(AppId, root.GetProperty("id").GetString());
            Assert.Equal(AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
            Assert.Equal("politikerforum.example.dk", root.GetProperty("validDomains")[0].GetString());
            Assert.Equal("https://politikerforum.example.dk/privatliv", root.GetProperty("developer").GetProperty("privacyUrl").GetString());
            Assert.DoesNotContain("{{", root.GetRawText());
            Assert.Equal((192, 192), SizeOf(package.GetEntry("color.png")!));
            Assert.Equal((32, 32), SizeOf(package.GetEntry("outline.png")!));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Theory]
    [InlineData("not-a-guid", "https://politikerforum.example.dk")]
    [InlineData(AppId, "http://politikerforum.example.dk")]
    public async Task a_wrong_setting_is_refused_with_its_name(string appId, string publicUrl)
    {
        var (exitCode, errors) = await PackageAsync(Path.Combine(Path.GetTempPath(), $"teams-app-{Guid.NewGuid():N}.zip"), appId, publicUrl);
        Assert.NotEqual(0, exitCode);
        Assert.Contains(appId == AppId ? "Forum__PublicUrl" : "Teams__AppId", errors);
    }
}
