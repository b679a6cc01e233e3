using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Recovery.Emails;

/// <summary>The username, sent after the parent answered their security questions on "Forgot username".</summary>
public sealed record UsernameReminderEmail(string DisplayName, string UserName) : EmailTemplate<RecoveryEmailText>
{
    public const string Name = "UsernameReminder";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RecoveryEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["UsernameReminder.Subject"],
        Preheader: text["UsernameReminder.Preheader"],
        Heading: text["UsernameReminder.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["UsernameReminder.Intro"],
            text["UsernameReminder.UserName", UserName],
            text["UsernameReminder.Forgot"],
            text["UsernameReminder.NotYou"],
        ]);
}
