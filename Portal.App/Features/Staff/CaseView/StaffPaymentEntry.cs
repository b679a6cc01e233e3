using Portal.Domain.Payments;

namespace Portal.App.Features.Staff.CaseView;

/// <summary>A payment as a caseworker enters it; nulls are fields left empty.</summary>
public sealed record StaffPaymentEntry(decimal? Amount, DateOnly? ReceivedOn, PaymentSource? Source);
