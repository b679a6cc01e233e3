namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>Which of the profile's details a notice is about.</summary>
public enum ContactDetail
{
    MailingAddress,
    Phones,
    ContactPreferences,
    PhonePin,
    UserName,
}
