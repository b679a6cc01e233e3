using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Security.Emails;

/// <summary>Tells the owner a passkey was removed from their account, so someone who took over a session cannot do it unnoticed.</summary>
public sealed record PasskeyRemovedEmail(string DisplayName, string PasskeyLabel, DateTimeOffset ChangedAt) : EmailTemplate<SecurityEmailText>
{
    public const string Name = "PasskeyRemoved";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<SecurityEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["PasskeyRemoved.Subject"],
        Preheader: text["PasskeyRemoved.Preheader"],
        Heading: text["PasskeyRemoved.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["PasskeyRemoved.WhatHappened", PasskeyLabel, common.ArizonaDateTime(ChangedAt)],
            text["PasskeyRemoved.NotYou"],
        ]);
}
