using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// Sent to the owner of an account when someone finishes registering another case's account with that account's
/// email address. The registration page answers exactly as it does for a new address, so it never reveals which
/// addresses have accounts; this email is how the owner learns of it.
/// </summary>
public sealed record EmailInUseNoticeEmail(string DisplayName, DateTimeOffset AttemptedAt) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["EmailInUseNotice.Subject"],
        Preheader: text["EmailInUseNotice.Preheader"],
        Heading: text["EmailInUseNotice.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["EmailInUseNotice.WhatHappened", text.ArizonaDateTime(AttemptedAt)],
            text["EmailInUseNotice.IfYou"],
            text["EmailInUseNotice.NotYou"],
        ]);
}
