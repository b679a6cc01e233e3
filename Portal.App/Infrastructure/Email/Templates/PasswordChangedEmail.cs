using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Tells the owner their password changed, so someone who took over the account cannot do it unnoticed.</summary>
public sealed record PasswordChangedEmail(string DisplayName, DateTimeOffset ChangedAt) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["PasswordChanged.Subject"],
        Preheader: text["PasswordChanged.Preheader"],
        Heading: text["PasswordChanged.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["PasswordChanged.WhatHappened", text.ArizonaDateTime(ChangedAt)],
            text["PasswordChanged.SignedOut"],
            text["PasswordChanged.NotYou"],
        ]);
}
