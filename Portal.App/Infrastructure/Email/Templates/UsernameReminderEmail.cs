using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The username, sent after the parent answered their security questions on "Forgot username".</summary>
public sealed record UsernameReminderEmail(string DisplayName, string UserName) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["UsernameReminder.Subject"],
        Preheader: text["UsernameReminder.Preheader"],
        Heading: text["UsernameReminder.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["UsernameReminder.Intro"],
            text["UsernameReminder.UserName", UserName],
            text["UsernameReminder.Forgot"],
            text["UsernameReminder.NotYou"],
        ]);
}
