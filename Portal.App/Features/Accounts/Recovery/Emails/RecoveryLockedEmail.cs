using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Recovery.Emails;

/// <summary>Three wrong answers to the security questions locked username and password recovery for a while.</summary>
public sealed record RecoveryLockedEmail(string DisplayName, DateTimeOffset LockedUntil) : EmailTemplate<RecoveryEmailText>
{
    public const string Name = "RecoveryLocked";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<RecoveryEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["RecoveryLocked.Subject"],
        Preheader: text["RecoveryLocked.Preheader"],
        Heading: text["RecoveryLocked.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["RecoveryLocked.WhatHappened"],
            text["RecoveryLocked.LockedUntil", common.ArizonaDateTime(LockedUntil)],
            text["RecoveryLocked.IfYou"],
            text["RecoveryLocked.NotYou"],
        ]);
}
