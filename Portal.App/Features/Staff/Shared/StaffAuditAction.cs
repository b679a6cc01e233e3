using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.Shared;

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

    /// <summary>A case's payment history downloaded as CSV; its detail holds the date range and how many payments it had.</summary>
    PaymentHistoryDownloaded,

    /// <summary>A case's print-friendly payment history opened; its detail holds the date range and how many payments it showed.</summary>
    PaymentHistoryPrinted,

    /// <summary>A parent's new mailing address sent to the case system by staff; the detail names the person, never the address.</summary>
    AddressChangeSent,

    /// <summary>A parent's new phone numbers sent to the case system by staff; the detail names the person, never the numbers.</summary>
    PhonesChangeSent,

    /// <summary>A parent's message thread opened in the inbox; the subject user is the parent who wrote.</summary>
    MessageThreadOpened,

    /// <summary>A document sent to the case opened (downloaded) by staff; the detail names its type and id, never its name or content.</summary>
    DocumentDownloaded,

    /// <summary>A document accepted; the detail names its type and id.</summary>
    DocumentAccepted,

    /// <summary>A document not accepted; the reason given to the parent is the entry's reason.</summary>
    DocumentNotAccepted,

    /// <summary>A signed form opened on the staff form page; the subject user is the parent who signed it, the detail its kind and reference.</summary>
    FormOpened,

    /// <summary>A signed form's status changed by staff; the detail holds its kind, reference and new status; the reason (not approved) is the entry's reason.</summary>
    FormStatusChanged,

    /// <summary>A signed form's PDF copy opened by staff; the detail holds its kind and reference.</summary>
    FormPdfOpened,

    /// <summary>A payment authorization's full bank account number shown to staff; the reason is the entry's, and the number is never recorded.</summary>
    BankAccountRevealed,

    /// <summary>An application for services opened by staff; the subject user is the applicant, the detail its reference.</summary>
    ApplicationOpened,
    /// <summary>A document sent with an application was downloaded.</summary>
    ApplicationDocumentDownloaded,

    /// <summary>More information asked of an applicant; the detail holds the reference (the question is the applicant's message, not logged).</summary>
    ApplicationInformationRequested,

    /// <summary>An application accepted and linked to a case (the entry's case number); the detail holds the reference and the person linked.</summary>
    ApplicationAccepted,

    /// <summary>An application declined; the reason given to the applicant is the entry's reason.</summary>
    ApplicationDeclined,
}
