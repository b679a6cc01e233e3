namespace Portal.App.Features.Cases.Payments.Emails;

/// <summary>The words of the payment emails (PaymentEmailText.resx, .es.resx).</summary>
public sealed class PaymentEmailText;
