namespace Portal.Domain.Payments;

/// <summary>The receipt number of a payment made in the portal: "W-" (web) and eight characters in two groups (W-7K3M-9QXD, <see cref="ReadableReference"/>).</summary>
public static class OnlinePaymentReceipt
{
    public const int MaxLength = 11;

    /// <summary>The receipt number spelled by eight random bytes (a caller's RandomNumberGenerator).</summary>
    public static string From(ReadOnlySpan<byte> random) => ReadableReference.Spell('W', random);
}
