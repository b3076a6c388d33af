using System.Diagnostics;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>Runs a script from <c>ops/</c> as an operator would, against the test database.</summary>
public static class OpsScript
{
    public static string RepositoryRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Politikerforum.sln"))) return dir.FullName;
        throw new InvalidOperationException("The tests run inside the repository; Politikerforum.sln was not found above them.");
    }

    /// <summary>Runs <c>ops/{script}</c> with the arguments; returns stdout, and fails the test with stderr on a non-zero exit.</summary>
    public static async Task<string> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot, "ops", script))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"ops/{script} {string.Join(' ', arguments)} exited {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
