using System.Globalization;

namespace Portal.SeedData.Payments;

/// <summary>Hands out receipt numbers in increasing order, so they are unique by construction (the self-check relies on it).</summary>
internal sealed class ReceiptNumberSequence
{
    private long next = 4_600_000_001;

    public string Next() => "R" + (next++).ToString("D10", CultureInfo.InvariantCulture);
}
