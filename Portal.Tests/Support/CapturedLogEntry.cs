using Microsoft.Extensions.Logging;

namespace Portal.Tests.Support;

public sealed record CapturedLogEntry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception, IReadOnlyDictionary<string, object?> Scopes);
