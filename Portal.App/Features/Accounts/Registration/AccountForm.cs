using Portal.App.Components.Forms;
using Microsoft.Extensions.Localization;
using Portal.Domain.Accounts;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>"Your account" as typed.</summary>
public sealed class AccountForm
{
    public const int UserNameMinLength = AccountNames.UserNameMinLength;
    public const int UserNameMaxLength = AccountNames.UserNameMaxLength;

    public string? Email { get; set; }
    public string? ConfirmEmail { get; set; }
    public string? UserName { get; set; }
    public ContactMethod? PreferredContact { get; set; }

    public static AccountForm From(RegistrationDraft draft) => new()
    {
        Email = draft.Email ?? draft.EmailOnFile,
        ConfirmEmail = draft.ConfirmEmail,
        UserName = draft.UserName,
        PreferredContact = draft.PreferredContact,
    };

    public void CopyTo(RegistrationDraft draft)
    {
        draft.Email = Email?.Trim();
        draft.ConfirmEmail = ConfirmEmail?.Trim();
        draft.UserName = UserName?.Trim();
        draft.PreferredContact = PreferredContact;
    }

    public IReadOnlyList<FieldError> Validate(IStringLocalizer<RegistrationText> L)
    {
        var errors = new List<FieldError>();
        var email = Email?.Trim();
        if (string.IsNullOrEmpty(email)) errors.Add(new(AccountFields.Email, L["EmailMissing"]));
        else if (!AccountNames.IsEmailAddress(email)) errors.Add(new(AccountFields.Email, L["EmailInvalid"]));

        if (string.IsNullOrWhiteSpace(ConfirmEmail)) errors.Add(new(AccountFields.ConfirmEmail, L["ConfirmEmailMissing"]));
        else if (!string.Equals(email, ConfirmEmail.Trim(), StringComparison.OrdinalIgnoreCase)) errors.Add(new(AccountFields.ConfirmEmail, L["ConfirmEmailMismatch"]));

        var userName = UserName?.Trim();
        switch (AccountNames.CheckUserName(userName))
        {
            case UserNameProblem.Missing: errors.Add(new(AccountFields.UserName, L["UserNameMissing"])); break;
            case UserNameProblem.Length: errors.Add(new(AccountFields.UserName, L["UserNameLength", UserNameMinLength, UserNameMaxLength])); break;
            case UserNameProblem.Characters: errors.Add(new(AccountFields.UserName, L["UserNameCharacters"])); break;
        }

        if (PreferredContact is null) errors.Add(new(AccountFields.PreferredContact, L["ContactMissing"]));
        return errors;
    }

}
