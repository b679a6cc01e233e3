using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>
/// Sent to the email address on a parent's case record when a portal account is created for that parent with a
/// different address: if someone else registered in their name, the parent hears of it at the address DCSS knows.
/// </summary>
public sealed record EmailOnFileNoticeEmail(string DisplayName, DateTimeOffset CreatedAt) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["EmailOnFileNotice.Subject"],
        Preheader: text["EmailOnFileNotice.Preheader"],
        Heading: text["EmailOnFileNotice.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["EmailOnFileNotice.WhatHappened", text.ArizonaDateTime(CreatedAt)],
            text["EmailOnFileNotice.IfYou"],
            text["EmailOnFileNotice.NotYou"],
        ]);
}
