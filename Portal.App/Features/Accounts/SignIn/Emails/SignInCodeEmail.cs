using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.SignIn.Emails;

/// <summary>The one-time code of the second sign-in step.</summary>
/// <param name="Code">Six digits, shown as one run so it copies whole.</param>
/// <param name="ExpiresAt">When the code stops working: 10 minutes after it was issued.</param>
public sealed record SignInCodeEmail(string DisplayName, string Code, DateTimeOffset ExpiresAt) : EmailTemplate<SignInEmailText>
{
    public const string Name = "SignInCode";

    public override string Kind => Name;

    // The code is not in the subject: subjects show on lock screens and in notifications.
    protected override EmailContent Compose(IStringLocalizer<SignInEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["SignInCode.Subject"],
        Preheader: text["SignInCode.Preheader"],
        Heading: text["SignInCode.Heading"],
        Paragraphs: [common.Greeting(DisplayName), text["SignInCode.Intro"]],
        Code: Code,
        AfterParagraphs:
        [
            text["SignInCode.Expires", common.ArizonaDateTime(ExpiresAt)],
            text["SignInCode.NeverShare"],
            text["SignInCode.NotYou"],
        ]);

    // A code must never reach a log, and records print every property by default.
    public override string ToString() => $"{nameof(SignInCodeEmail)} {{ ExpiresAt = {ExpiresAt:O} }}";
}
