namespace Portal.App.Features.Accounts.Shared;

/// <summary>A change a parent made to their own account or contact details (stored by name).</summary>
public enum AccountActivityKind
{
    AddressChangeSent,
    PhonesChangeSent,
    ContactPreferencesChanged,
    EmailChoicesChanged,
    EmailChangeRequested,
    EmailChanged,
    UserNameChanged,
    PhonePinChanged,
    SecurityQuestionsChanged,
    /// <summary>An applicant linked their own case to the account, which became a parent's.</summary>
    CaseLinked,
}
