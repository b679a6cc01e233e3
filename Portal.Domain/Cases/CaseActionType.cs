namespace Portal.Domain.Cases;

/// <summary>The kinds of action the agency records on a case (shown to parents as the 10 most recent).</summary>
public enum CaseActionType
{
    CaseOpened,
    PaternityEstablished,
    OrderEstablished,
    OrderModified,
    IncomeWithholdingIssued,
    EmployerVerified,
    PaymentReceived,
    PaymentDisbursed,
    TaxInterceptCertified,
    LicenseSuspensionNotice,
    AddressUpdated,
    ReviewScheduled,
    HearingScheduled,
    NoticeSent,
    DocumentReceived,
    CaseClosed,
}
