using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The words for a password check, in AccountSetupText: the checklist's lines, what is announced when the person
/// leaves the field, and the messages for a password and its confirmation. Every form that sets a password (activation, reset, change) shows the same list.
/// </summary>
public static class PasswordRequirementText
{
    public static IReadOnlyList<ChecklistItem> Items(PasswordCheck check, PasswordRules rules, IStringLocalizer<AccountSetupText> L) =>
    [
        .. check.Requirements.Select(r => new ChecklistItem(r.Requirement.ToString(), r.Requirement switch
        {
            PasswordRequirement.Length => L["RequirementLength", rules.MinLength, rules.MaxLength].Value,
            _ => L["Requirement" + r.Requirement].Value,
        }, r.Met)),
    ];

    /// <summary>Null for an empty field: nothing typed, nothing to report.</summary>
    public static string? Announcement(string password, PasswordCheck check, IStringLocalizer<AccountSetupText> L) =>
        password.Length == 0 ? null
        : check.Unmet.Count == 0 ? L["AllRequirementsMet"].Value
        : L["RequirementsUnmet", check.Unmet.Count].Value;

    /// <summary>What a new password and its confirmation need fixing (null: nothing); the confirmation is judged once the password passes.</summary>
    public static (string? Password, string? Confirmation) Problems(string password, string confirmation, PasswordCheck check, IStringLocalizer<AccountSetupText> L)
    {
        var passwordProblem = check.IsAcceptable ? null : password.Length == 0 ? L["PasswordMissing"].Value : L["PasswordNotAcceptable"].Value;
        var confirmationProblem = passwordProblem is null && !string.Equals(password, confirmation, StringComparison.Ordinal) ? L["PasswordsDoNotMatch"].Value : null;
        return (passwordProblem, confirmationProblem);
    }
}
