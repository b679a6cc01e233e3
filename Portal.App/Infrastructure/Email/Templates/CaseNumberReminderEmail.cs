using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The child support case number, sent on "Forgot case number".</summary>
/// <param name="CaseNumber">As the parent should type it: the portal's forms take it without dashes or spaces.</param>
public sealed record CaseNumberReminderEmail(string DisplayName, string CaseNumber) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["CaseNumberReminder.Subject"],
        Preheader: text["CaseNumberReminder.Preheader"],
        Heading: text["CaseNumberReminder.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["CaseNumberReminder.CaseNumber", CaseNumber],
            text["CaseNumberReminder.HowToEnter"],
            text["CaseNumberReminder.NotYou"],
        ]);
}
