using System.Globalization;

namespace Portal.Domain.Payments;

/// <summary>An amount in US dollars, kept to the cent.</summary>
public readonly record struct Money(decimal Amount) : IComparable<Money>
{
    public static readonly Money Zero = new(0m);

    public long Cents => (long)decimal.Round(Amount * 100m, MidpointRounding.AwayFromZero);

    public static Money FromCents(long cents) => new(cents / 100m);

    public static Money Dollars(decimal amount) => new(decimal.Round(amount, 2, MidpointRounding.AwayFromZero));

    public static Money operator +(Money a, Money b) => new(a.Amount + b.Amount);
    public static Money operator -(Money a, Money b) => new(a.Amount - b.Amount);
    public static Money operator -(Money a) => new(-a.Amount);
    public static Money operator *(Money a, int times) => new(a.Amount * times);
    public static bool operator <(Money a, Money b) => a.Amount < b.Amount;
    public static bool operator >(Money a, Money b) => a.Amount > b.Amount;
    public static bool operator <=(Money a, Money b) => a.Amount <= b.Amount;
    public static bool operator >=(Money a, Money b) => a.Amount >= b.Amount;

    public static Money Max(Money a, Money b) => a >= b ? a : b;
    public static Money Min(Money a, Money b) => a <= b ? a : b;

    public int CompareTo(Money other) => Amount.CompareTo(other.Amount);

    /// <summary>Formats as dollars in the given culture (the portal's en-US and es-US both write $1,234.50).</summary>
    public string ToString(IFormatProvider? provider) => Amount.ToString("C", provider);

    public override string ToString() => ToString(CultureInfo.CurrentCulture);
}
