namespace Portal.App.Features.Staff;

/// <summary>What a staff member did, as recorded in the audit log (stored by name).</summary>
public enum StaffAuditAction
{
    CaseViewed,
    PaymentRecorded,
    CaseActionRecorded,
    PhonePinChecked,
    AccountUnlocked,
    SecurityQuestionsReset,
    VerificationEmailResent,
    AccessDisabled,
    AccessEnabled,

    /// <summary>A case search that ran; its detail holds the masked criteria and how many cases matched.</summary>
    CasesSearched,
}
