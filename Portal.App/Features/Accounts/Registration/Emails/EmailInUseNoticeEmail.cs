using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Registration.Emails;

/// <summary>
/// Sent to the owner of an account when someone finishes registering another case's account with that account's
/// email address. The registration page answers exactly as it does for a new address, so it never reveals which
/// addresses have accounts; this email is how the owner learns of it.
/// </summary>
public sealed record EmailInUseNoticeEmail(string DisplayName, DateTimeOffset AttemptedAt) : EmailTemplate<RegistrationEmailText>
{
    public const string Name = "EmailInUseNotice";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RegistrationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["EmailInUseNotice.Subject"],
        Preheader: text["EmailInUseNotice.Preheader"],
        Heading: text["EmailInUseNotice.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["EmailInUseNotice.WhatHappened", common.ArizonaDateTime(AttemptedAt)],
            text["EmailInUseNotice.IfYou"],
            text["EmailInUseNotice.NotYou"],
        ]);
}
