namespace Portal.App.Features.Cases.Dashboard;

/// <summary>The words of the payment tracker and the statement (PaymentTrackerText.resx).</summary>
public sealed class PaymentTrackerText;
