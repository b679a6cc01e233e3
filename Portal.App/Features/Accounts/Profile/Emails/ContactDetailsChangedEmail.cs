using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Accounts.Profile.Emails;

/// <summary>
/// Tells the owner their contact details or preferences changed, so a change made by someone else is noticed. It names
/// what changed, never the new details: an email can be read by others, and the new address is nobody else's business.
/// </summary>
public sealed record ContactDetailsChangedEmail(string DisplayName, ContactDetail What, DateTimeOffset ChangedAt) : EmailTemplate<ProfileEmailText>
{
    public const string Name = "ContactDetailsChanged";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ProfileEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text[$"Changed.Subject.{What}"],
        Preheader: text["Changed.Preheader"],
        Heading: text[$"Changed.Subject.{What}"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text[$"Changed.WhatHappened.{What}", common.ArizonaDateTime(ChangedAt)],
            text["Changed.NotYou", DcssPhoneNumbers.PhoenixArea, DcssPhoneNumbers.TollFree],
        ]);
}
