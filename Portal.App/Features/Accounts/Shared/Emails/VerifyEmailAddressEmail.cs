using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Shared.Emails;

/// <summary>The link that finishes registration by proving the parent reads this address.</summary>
/// <param name="ExpiresAt">When the link stops working: 24 hours after it was sent.</param>
public sealed record VerifyEmailAddressEmail(string DisplayName, Uri Link, DateTimeOffset ExpiresAt) : EmailTemplate<AccountEmailText>
{
    public const string Name = "VerifyEmailAddress";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<AccountEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["VerifyEmailAddress.Subject"],
        Preheader: text["VerifyEmailAddress.Preheader"],
        Heading: text["VerifyEmailAddress.Heading"],
        Paragraphs: [common.Greeting(DisplayName), text["VerifyEmailAddress.Intro"]],
        Action: new EmailAction(text["VerifyEmailAddress.Action"], Link),
        AfterParagraphs:
        [
            text["VerifyEmailAddress.Expires", common.ArizonaDateTime(ExpiresAt)],
            text["VerifyEmailAddress.Expired"],
            text["VerifyEmailAddress.NotYou"],
        ]);

    // The link carries a token that confirms the account: keep it out of logs and exception messages.
    public override string ToString() => $"{nameof(VerifyEmailAddressEmail)} {{ ExpiresAt = {ExpiresAt:O} }}";
}
