using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Security.Emails;

/// <summary>Tells the owner a passkey was added to their account, so someone who took over a session cannot do it unnoticed.</summary>
public sealed record PasskeyAddedEmail(string DisplayName, string PasskeyLabel, DateTimeOffset ChangedAt) : EmailTemplate<SecurityEmailText>
{
    public const string Name = "PasskeyAdded";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<SecurityEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["PasskeyAdded.Subject"],
        Preheader: text["PasskeyAdded.Preheader"],
        Heading: text["PasskeyAdded.Heading"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["PasskeyAdded.WhatHappened", PasskeyLabel, common.ArizonaDateTime(ChangedAt)],
            text["PasskeyAdded.NotYou"],
        ]);
}
