using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// Stores an instant as UTC ticks, so SQLite orders and compares instants correctly whatever offset they were
/// recorded with (EF's DateTimeOffsetToBinaryConverter orders by the local clock reading). Values come back in UTC.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    instant => instant.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
