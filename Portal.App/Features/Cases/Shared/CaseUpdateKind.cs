namespace Portal.App.Features.Cases.Shared;

public enum CaseUpdateKind
{
    PaymentRecorded,
    CaseActionRecorded,
    OnlinePaymentSubmitted,
}
