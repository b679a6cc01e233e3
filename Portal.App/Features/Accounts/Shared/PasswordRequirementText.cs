using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The words for a password check, in AccountSetupText: the checklist's lines and what is announced when the person
/// leaves the field. Every form that sets a password (activation, reset, change) shows the same list.
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
        : check.Unmet.Count == 0 ? L["AllRequirementsMet"]
        : L["RequirementsUnmet", check.Unmet.Count].Value;
}
