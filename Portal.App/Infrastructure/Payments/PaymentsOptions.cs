using System.ComponentModel.DataAnnotations;
using Portal.Domain.Payments;

namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// Online payments (section "Payments"): the processor, the most one payment may be, the convenience fee per method, and
/// the webhook's limits. Without a processor the payment pages say that paying online is not available.
/// </summary>
public sealed class PaymentsOptions
{
    public const string Section = "Payments";

    /// <summary>"Sandbox" (Development and tests), or empty for none. A real processor's adapter adds its name.</summary>
    public PaymentProcessorKind? Processor { get; set; }

    [Range(1, 1_000_000)]
    public decimal MaxAmount { get; set; } = 10_000m;

    [Range(0, 10)]
    public decimal CardFeePercent { get; set; } = 2.9m;

    [Range(0, 50)]
    public decimal CardFeeFlat { get; set; }

    [Range(0, 10)]
    public decimal BankFeePercent { get; set; }

    [Range(0, 50)]
    public decimal BankFeeFlat { get; set; } = 1.25m;

    /// <summary>How far a webhook's signing time may be from now; older ones are refused as replays.</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Webhook requests a minute per client address (the processor's servers are few and known).</summary>
    [Range(1, 100_000)]
    public int WebhooksPerMinute { get; set; } = 120;

    /// <summary>Requests a minute per client address to the processor's page (the sandbox's), against card testing.</summary>
    [Range(1, 10_000)]
    public int ProcessorPageRequestsPerMinute { get; set; } = 20;

    public Money Limit => Money.Dollars(MaxAmount);

    public ConvenienceFee FeeFor(PaymentMethod method) => method == PaymentMethod.Card
        ? new ConvenienceFee(CardFeePercent, Money.Dollars(CardFeeFlat))
        : new ConvenienceFee(BankFeePercent, Money.Dollars(BankFeeFlat));
}
