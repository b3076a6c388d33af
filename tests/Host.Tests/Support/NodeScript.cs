using System.Diagnostics;
using Politikerforum.Host.Tests.Operations;

namespace Politikerforum.Host.Tests.Support;

/// <summary>
/// Runs a validator of someone else's making from npm: <c>tests/{folder}/{script}</c> with Node, on a file holding
/// <c>input</c>. The packages are those pinned in the folder's package-lock.json, installed by ops/test (<c>npm ci</c>).
/// </summary>
public static class NodeScript
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string folder, string package, string script, string input)
    {
        var directory = Path.Combine(OpsScript.RepositoryRoot, "tests", folder);
        Assert.True(Directory.Exists(Path.Combine(directory, "node_modules", package)),
            $"The npm package {package} is missing: run ops/test, which installs it (npm ci in tests/{folder}).");
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, input);
        try
        {
            using var node = Process.Start(new ProcessStartInfo("node", [Path.Combine(directory, script), file])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory
            })!;
            var output = node.StandardOutput.ReadToEndAsync();
            var errors = node.StandardError.ReadToEndAsync();
            await node.WaitForExitAsync();
            return (node.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
