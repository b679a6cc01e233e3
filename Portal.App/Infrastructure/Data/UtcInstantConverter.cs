using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Hands PostgreSQL an instant in UTC (Npgsql refuses any other offset for <c>timestamptz</c>), so an Arizona time
/// is stored as the same instant. Values come back in UTC, as from <see cref="UtcTicksConverter"/> on SQLite.
/// </summary>
public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    instant => instant.ToUniversalTime(),
    instant => instant);
