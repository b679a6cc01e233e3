using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>To the new address: the link that moves the account there, once followed by its owner, signed in.</summary>
public sealed record ConfirmNewEmailEmail(string DisplayName, Uri Link, DateTimeOffset ExpiresAt) : EmailTemplate<ProfileEmailText>
{
    public const string Name = "ConfirmNewEmail";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ProfileEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["ConfirmNewEmail.Subject"],
        Preheader: text["ConfirmNewEmail.Preheader"],
        Heading: text["ConfirmNewEmail.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["ConfirmNewEmail.WhatToDo"],
            text["ConfirmNewEmail.Expires", common.ArizonaDateTime(ExpiresAt)],
            text["ConfirmNewEmail.NotYou"],
        ],
        Action: new EmailAction(text["ConfirmNewEmail.Button"], Link));
}
