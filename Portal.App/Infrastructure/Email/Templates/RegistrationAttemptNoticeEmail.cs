using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// Sent to the owner of an existing account when someone registers with their details again, so the
/// registration page itself never reveals that an account exists.
/// </summary>
public sealed record RegistrationAttemptNoticeEmail(string DisplayName, DateTimeOffset AttemptedAt) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["RegistrationAttemptNotice.Subject"],
        Preheader: text["RegistrationAttemptNotice.Preheader"],
        Heading: text["RegistrationAttemptNotice.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["RegistrationAttemptNotice.WhatHappened", text.ArizonaDateTime(AttemptedAt)],
            text["RegistrationAttemptNotice.IfYou"],
            text["RegistrationAttemptNotice.NotYou"],
        ]);
}
