using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Politikerforum.Host.Tests.Support;

/// <summary>Every log line the host writes at Information or above, with its scopes, so tests can read what the logs reveal.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();
    public void Clear() => _lines.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);
    public void Dispose() { }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        private static readonly AsyncLocal<Stack<object?>> Scopes = new();

        public IDisposable BeginScope<TState>(TState state) where TState : notnull
        {
            (Scopes.Value ??= new()).Push(state);
            return new Pop();
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var scopes = Scopes.Value is { } stack ? string.Join(" ", stack.Select(s => s?.ToString())) : "";
            var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            logs._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {fields} {scopes} {exception}");
        }

        private sealed class Pop : IDisposable
        {
            public void Dispose() => Scopes.Value?.TryPop(out _);
        }
    }
}
