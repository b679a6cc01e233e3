namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// What the payment form posts. <see cref="FormKey"/> is made when the form is first shown and travels with it: with the
/// case, amount and method it makes the payment's idempotency key, so posting the same form again (a double click, Back,
/// a reload) finds the same payment instead of paying twice.
/// </summary>
public sealed class PaymentEntry
{
    public string? CaseNumber { get; set; }

    /// <summary>A suggestion's kind (<see cref="Portal.Domain.Payments.AmountSuggestionKind"/>) or "Other"; the amount of a suggestion is the server's, never the page's.</summary>
    public string? AmountChoice { get; set; }

    public string? OtherAmount { get; set; }
    public string? Method { get; set; }
    public bool FeeConsent { get; set; }
    public string? FormKey { get; set; }

    /// <summary>"review" (check the fee), "pay", or "change" (back to the first step).</summary>
    public string? Action { get; set; }

    public const string Other = "Other";
}
