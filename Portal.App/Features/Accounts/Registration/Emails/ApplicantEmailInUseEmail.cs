using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Registration.Emails;

/// <summary>
/// Sent to the owner of an account when someone asks to "apply for services" with that account's email address. The
/// sign-up page answers exactly as it does for a new address, so it never reveals which addresses have accounts.
/// </summary>
public sealed record ApplicantEmailInUseEmail(string DisplayName, DateTimeOffset AttemptedAt) : EmailTemplate<RegistrationEmailText>
{
    public const string Name = "ApplicantEmailInUse";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RegistrationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["ApplicantEmailInUse.Subject"],
        Preheader: text["ApplicantEmailInUse.Preheader"],
        Heading: text["ApplicantEmailInUse.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["ApplicantEmailInUse.WhatHappened", common.ArizonaDateTime(AttemptedAt)],
            text["ApplicantEmailInUse.IfYou"],
            text["ApplicantEmailInUse.NotYou"],
        ]);
}
