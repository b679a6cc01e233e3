using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Shared.Emails;

/// <summary>Tells the owner their password changed, so someone who took over the account cannot do it unnoticed.</summary>
public sealed record PasswordChangedEmail(string DisplayName, DateTimeOffset ChangedAt) : EmailTemplate<AccountEmailText>
{
    public const string Name = "PasswordChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<AccountEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["PasswordChanged.Subject"],
        Preheader: text["PasswordChanged.Preheader"],
        Heading: text["PasswordChanged.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["PasswordChanged.WhatHappened", common.ArizonaDateTime(ChangedAt)],
            text["PasswordChanged.SignedOut"],
            text["PasswordChanged.NotYou"],
        ]);
}
