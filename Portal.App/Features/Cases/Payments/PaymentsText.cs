namespace Portal.App.Features.Cases.Payments;

/// <summary>The words of the parent's payment pages (PaymentsText.resx).</summary>
public sealed class PaymentsText;
