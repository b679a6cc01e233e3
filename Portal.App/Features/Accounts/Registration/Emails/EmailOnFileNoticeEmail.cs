using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Registration.Emails;

/// <summary>
/// Sent to the email address on a parent's case record when a portal account is created for that parent with a
/// different address: if someone else registered in their name, the parent hears of it at the address DCSS knows.
/// </summary>
public sealed record EmailOnFileNoticeEmail(string DisplayName, DateTimeOffset CreatedAt) : EmailTemplate<RegistrationEmailText>
{
    public const string Name = "EmailOnFileNotice";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RegistrationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["EmailOnFileNotice.Subject"],
        Preheader: text["EmailOnFileNotice.Preheader"],
        Heading: text["EmailOnFileNotice.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["EmailOnFileNotice.WhatHappened", common.ArizonaDateTime(CreatedAt)],
            text["EmailOnFileNotice.IfYou"],
            text["EmailOnFileNotice.NotYou"],
        ]);
}
