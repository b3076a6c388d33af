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
    public static Task<string> RunAsync(string script, params string[] arguments) => RunAsync(script, new Dictionary<string, string>(), arguments);

    /// <summary>As <see cref="RunAsync(string, string[])"/>, with these environment variables set on top of the test run's.</summary>
    public static async Task<string> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await TryAsync(script, environment, arguments);
        Assert.True(exitCode == 0, $"ops/{script} {string.Join(' ', arguments)} exited {exitCode}: {stderr}{stdout}");
        return stdout;
    }

    /// <summary>Runs <c>ops/{script}</c> whatever its exit code.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> TryAsync(
        string script, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(RepositoryRoot, "ops", script))
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = RepositoryRoot
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        return (process.ExitCode, await stdout, await stderr);
    }
}
