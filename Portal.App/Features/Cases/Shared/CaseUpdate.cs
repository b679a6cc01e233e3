using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Something new on a case, published after it was committed. It carries what a dashboard announces (the
/// payment's amount and date, the action's type), so a subscriber never has to query for that part.
/// </summary>
public sealed record CaseUpdate(CaseNumber CaseNumber, CaseUpdateKind Kind, DateTimeOffset RecordedAt)
{
    /// <summary>Set when <see cref="Kind"/> is <see cref="CaseUpdateKind.PaymentRecorded"/> or <see cref="CaseUpdateKind.PaymentUpdated"/>.</summary>
    public PaymentRow? Payment { get; init; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="CaseUpdateKind.CaseActionRecorded"/>.</summary>
    public RecentAction? Action { get; init; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="CaseUpdateKind.OnlinePaymentSubmitted"/>.</summary>
    public Payments.SubmittedPayment? Submitted { get; init; }

    public static CaseUpdate PaymentRecorded(CaseNumber caseNumber, Payment payment, DateTimeOffset recordedAt) =>
        new(caseNumber, CaseUpdateKind.PaymentRecorded, recordedAt) { Payment = PaymentRow.From(payment) };

    public static CaseUpdate PaymentUpdated(CaseNumber caseNumber, Payment payment, DateTimeOffset recordedAt) =>
        new(caseNumber, CaseUpdateKind.PaymentUpdated, recordedAt) { Payment = PaymentRow.From(payment) };

    public static CaseUpdate CaseActionRecorded(CaseNumber caseNumber, CaseAction action, DateTimeOffset recordedAt) =>
        new(caseNumber, CaseUpdateKind.CaseActionRecorded, recordedAt) { Action = RecentAction.From(action) };

    public static CaseUpdate OnlinePaymentSubmitted(CaseNumber caseNumber, Payments.SubmittedPayment payment, DateTimeOffset recordedAt) =>
        new(caseNumber, CaseUpdateKind.OnlinePaymentSubmitted, recordedAt) { Submitted = payment };
}
