using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Shared.Emails;

/// <summary>
/// Sent to the owner of an existing account when someone registers with their details again, so the
/// registration page itself never reveals that an account exists.
/// </summary>
public sealed record RegistrationAttemptNoticeEmail(string DisplayName, DateTimeOffset AttemptedAt) : EmailTemplate<AccountEmailText>
{
    public const string Name = "RegistrationAttemptNotice";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<AccountEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["RegistrationAttemptNotice.Subject"],
        Preheader: text["RegistrationAttemptNotice.Preheader"],
        Heading: text["RegistrationAttemptNotice.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["RegistrationAttemptNotice.WhatHappened", common.ArizonaDateTime(AttemptedAt)],
            text["RegistrationAttemptNotice.IfYou"],
            text["RegistrationAttemptNotice.NotYou"],
        ]);
}
