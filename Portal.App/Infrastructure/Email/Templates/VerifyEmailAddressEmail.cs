using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The link that finishes registration by proving the parent reads this address.</summary>
/// <param name="ExpiresAt">When the link stops working: 24 hours after it was sent.</param>
public sealed record VerifyEmailAddressEmail(string DisplayName, Uri Link, DateTimeOffset ExpiresAt) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["VerifyEmailAddress.Subject"],
        Preheader: text["VerifyEmailAddress.Preheader"],
        Heading: text["VerifyEmailAddress.Heading"],
        Paragraphs: [text.Greeting(DisplayName), text["VerifyEmailAddress.Intro"]],
        Action: new EmailAction(text["VerifyEmailAddress.Action"], Link),
        AfterParagraphs:
        [
            text["VerifyEmailAddress.Expires", text.ArizonaDateTime(ExpiresAt)],
            text["VerifyEmailAddress.Expired"],
            text["VerifyEmailAddress.NotYou"],
        ]);

    // The link carries a token that confirms the account: keep it out of logs and exception messages.
    public override string ToString() => $"{nameof(VerifyEmailAddressEmail)} {{ ExpiresAt = {ExpiresAt:O} }}";
}
