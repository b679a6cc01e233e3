namespace Portal.App.Features.Cases.Payments;

/// <summary>A field of the payment form and what is wrong with it (a PaymentsText key).</summary>
public sealed record PaymentField(string FieldId, string Problem);
