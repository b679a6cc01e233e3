using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>To the old address once the account moved: the new address masked, so a takeover cannot pass unnoticed.</summary>
public sealed record EmailChangedEmail(string DisplayName, string MaskedNewEmail, DateTimeOffset ChangedAt) : EmailTemplate<ProfileEmailText>
{
    public const string Name = "EmailChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ProfileEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["EmailChanged.Subject"],
        Preheader: text["EmailChanged.Preheader"],
        Heading: text["EmailChanged.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["EmailChanged.WhatHappened", common.ArizonaDateTime(ChangedAt), MaskedNewEmail],
            text["Changed.NotYou", DcssPhoneNumbers.PhoenixArea, DcssPhoneNumbers.TollFree],
        ]);
}
