using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>
/// To an address that already belongs to an account, when another account asked to move to it: the requester is told
/// "link sent" either way, so whether an address has an account is never revealed to them.
/// </summary>
public sealed record EmailTakenNoticeEmail(string DisplayName, DateTimeOffset RequestedAt) : EmailTemplate<ProfileEmailText>
{
    public const string Name = "EmailTakenNotice";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ProfileEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["EmailTaken.Subject"],
        Preheader: text["EmailTaken.Preheader"],
        Heading: text["EmailTaken.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["EmailTaken.WhatHappened", common.ArizonaDateTime(RequestedAt)],
            text["Changed.NotYou", DcssPhoneNumbers.PhoenixArea, DcssPhoneNumbers.TollFree],
        ]);
}
