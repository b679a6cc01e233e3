namespace Portal.App.Features.Cases.Shared;

/// <summary>The dates a parent asked the payment history for, both inclusive, either open.</summary>
public readonly record struct PaymentRange(DateOnly? From, DateOnly? To);
