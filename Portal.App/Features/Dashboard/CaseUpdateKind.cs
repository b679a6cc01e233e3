namespace Portal.App.Features.Dashboard;

public enum CaseUpdateKind
{
    PaymentRecorded,
    CaseActionRecorded,
}
