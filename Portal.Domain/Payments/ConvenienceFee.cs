namespace Portal.Domain.Payments;

/// <summary>
/// What the processor charges the parent on top of a payment, by method: a percentage of the amount and/or a flat
/// amount (the peers charge about 2.9% for a card and $1.25 for a bank account). The percentage part is rounded to the
/// cent, half a cent up (away from zero), before the flat part is added: 2.9% of $100.50 is $2.9145, so $2.91; of
/// $250.50 it is $7.2645, so $7.26; of $0.50 it is $0.0145, so $0.01. The fee never goes to the case: the payment's
/// amount is what the family receives.
/// </summary>
public sealed record ConvenienceFee(decimal Percent, Money Flat)
{
    public static readonly ConvenienceFee None = new(0m, Money.Zero);

    public Money For(Money amount) => Money.Dollars(amount.Amount * Percent / 100m) + Flat;

    public bool IsFree => Percent == 0m && Flat == Money.Zero;
}
