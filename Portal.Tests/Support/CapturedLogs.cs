using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Portal.Tests.Support;

/// <summary>
/// Every log entry the app writes, with its scopes (TraceId, RequestId...), so tests can check what reaches
/// the logs: a correlation id that support can search for, and never an SSN, code or password.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLogEntry> entries = new();
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public IReadOnlyCollection<CapturedLogEntry> Entries => entries;

    /// <summary>Every message and exception text, for "this must never be logged" checks.</summary>
    public string AllText => string.Join('\n', entries.Select(e => $"{e.Message} {e.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose() { }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeValues = new Dictionary<string, object?>();
            logs.scopes.ForEachScope((scope, values) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs) values[key] = value;
                }
            }, scopeValues);
            logs.entries.Enqueue(new CapturedLogEntry(category, logLevel, eventId, formatter(state, exception), exception, scopeValues));
        }
    }
}
