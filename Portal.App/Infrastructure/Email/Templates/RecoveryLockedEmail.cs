using Microsoft.Extensions.Localization;

namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Three wrong answers to the security questions locked username and password recovery for a while.</summary>
public sealed record RecoveryLockedEmail(string DisplayName, DateTimeOffset LockedUntil) : EmailTemplate
{
    public override EmailContent Compose(IStringLocalizer<EmailText> text) => new(
        Subject: text["RecoveryLocked.Subject"],
        Preheader: text["RecoveryLocked.Preheader"],
        Heading: text["RecoveryLocked.Heading"],
        Paragraphs:
        [
            text.Greeting(DisplayName),
            text["RecoveryLocked.WhatHappened"],
            text["RecoveryLocked.LockedUntil", text.ArizonaDateTime(LockedUntil)],
            text["RecoveryLocked.IfYou"],
            text["RecoveryLocked.NotYou"],
        ]);
}
