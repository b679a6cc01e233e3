namespace Portal.App.Features.Cases.Shared;

public enum CaseUpdateKind
{
    PaymentRecorded,
    /// <summary>A recorded payment moved on: applied, sent on, held or returned.</summary>
    PaymentUpdated,
    CaseActionRecorded,
    OnlinePaymentSubmitted,
}
