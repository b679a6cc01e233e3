using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>The ids of the "Your account" inputs.</summary>
public static class AccountFields
{
    public const string Email = "email";
    public const string ConfirmEmail = "confirm-email";
    public const string UserName = "username";
    public const string PreferredContact = "contact-email";
}
