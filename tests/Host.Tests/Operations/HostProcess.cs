using Politikerforum.Host.Tests.Support;
using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace Politikerforum.Host.Tests.Operations;

/// <summary>
/// The forum's host started as its own process, as systemd or an operator starts it: the built
/// Politikerforum.Host.dll with nothing but environment variables. Only the variables given here reach it
/// (no ConnectionStrings__Marten, ASPNETCORE_*, Teams__* etc. inherited from the test run).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process) => _process = process;

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "Politikerforum.Host.dll");

    public string Url { get; private init; } = "";
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the host wrote to stdout and stderr so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public static HostProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Dll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var inherited = start.Environment.Keys.Where(key => !IsMachineVariable(key)).ToList();
        foreach (var key in inherited) start.Environment.Remove(key);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var host = new HostProcess(Process.Start(start)!) { Url = $"http://127.0.0.1:{port}" };
        host._process.OutputDataReceived += (_, line) => host.Append(line.Data);
        host._process.ErrorDataReceived += (_, line) => host.Append(line.Data);
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Runs the host (or one of its command-line verbs) to its end; its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        await using var host = Start(environment, arguments);
        await host._process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        host._process.WaitForExit(); // drains the redirected output
        return (host._process.ExitCode, host.Output);
    }

    /// <summary>Waits until /health/ready answers 200; fails with the host's output if it exits or takes too long.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan within)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        await Poll.UntilAsync(async () =>
        {
            if (_process.HasExited) Assert.Fail($"The host exited with {_process.ExitCode}:\n{Output}");
            try { return (await client.GetAsync($"{Url}/health/ready")).IsSuccessStatusCode; }
            catch (HttpRequestException) { return false; }
        }, within, () => $"The host was not ready within {within}:\n{Output}");
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no graceful shutdown, no chance to finish or hand over anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    /// <summary>What any process on the machine needs (the path, the home, dotnet's own location), none of the forum's settings.</summary>
    private static bool IsMachineVariable(string key) =>
        key is "PATH" or "HOME" or "TMPDIR" or "LANG" or "DOTNET_ROOT" || key.StartsWith("DOTNET_ROOT", StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
