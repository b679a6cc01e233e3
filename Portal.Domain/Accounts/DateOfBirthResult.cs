namespace Portal.Domain.Accounts;

/// <summary>What <see cref="DateOfBirth.Parse"/> made of the three boxes.</summary>
public abstract record DateOfBirthResult
{
    private DateOfBirthResult() { }

    /// <summary>A date a parent on a case can have been born on.</summary>
    public sealed record Valid(DateOnly Date) : DateOfBirthResult;

    /// <summary>One box or more left empty.</summary>
    public sealed record Missing : DateOfBirthResult;

    /// <summary>Not a date: letters, a 13th month, 30 February, a two-digit year.</summary>
    public sealed record Impossible : DateOfBirthResult;

    /// <summary>A real date after today.</summary>
    public sealed record InTheFuture : DateOfBirthResult;

    /// <summary>A real date before <paramref name="Earliest"/> (a typing slip: nobody on a case was born then).</summary>
    public sealed record TooOld(DateOnly Earliest) : DateOfBirthResult;

    /// <summary>Less than <paramref name="MinimumAge"/> years before today.</summary>
    public sealed record TooYoung(int MinimumAge) : DateOfBirthResult;
}
