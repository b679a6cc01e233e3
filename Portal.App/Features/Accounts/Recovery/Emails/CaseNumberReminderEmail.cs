using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Recovery.Emails;

/// <summary>The child support case number, sent on "Forgot case number".</summary>
/// <param name="CaseNumber">As the parent should type it: the portal's forms take it without dashes or spaces.</param>
public sealed record CaseNumberReminderEmail(string DisplayName, string CaseNumber) : EmailTemplate<RecoveryEmailText>
{
    public const string Name = "CaseNumberReminder";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RecoveryEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["CaseNumberReminder.Subject"],
        Preheader: text["CaseNumberReminder.Preheader"],
        Heading: text["CaseNumberReminder.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["CaseNumberReminder.CaseNumber", CaseNumber],
            text["CaseNumberReminder.HowToEnter"],
            text["CaseNumberReminder.NotYou"],
        ]);
}
