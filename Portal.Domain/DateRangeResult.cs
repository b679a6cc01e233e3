namespace Portal.Domain;

/// <summary>What <see cref="SaneDates.Check"/> found in a from/to range.</summary>
public abstract record DateRangeResult
{
    private DateRangeResult() { }

    /// <summary>A range that may be used as it is (either end may be open).</summary>
    public sealed record Valid(DateOnly? From, DateOnly? To) : DateRangeResult;

    /// <summary>One end, or both, before 1900-01-01 or more than a year after today.</summary>
    public sealed record OutOfRange(bool FromOutside, bool ToOutside) : DateRangeResult;

    /// <summary>Both ends sane, but To is before From.</summary>
    public sealed record ToBeforeFrom : DateRangeResult;
}
