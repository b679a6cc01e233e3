namespace Portal.Domain;

/// <summary>
/// Arizona time: UTC-7 all year, as Arizona does not observe daylight saving time. Every date and time the
/// portal shows a parent is in Arizona time, where the agency and its offices are.
/// </summary>
public static class ArizonaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(-7);

    public static DateTimeOffset From(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>The Arizona calendar day <paramref name="instant"/> falls on.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(From(instant).DateTime);
}
