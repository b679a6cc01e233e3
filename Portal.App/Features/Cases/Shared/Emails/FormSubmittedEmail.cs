using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Emails;

/// <summary>
/// The receipt for a signed form: which form, its reference and when it was signed. Always sent. The answers and the
/// PDF copy stay behind the sign-in (the form's page, linked, has the download): an email is not the place for a bank account.
/// </summary>
public sealed record FormSubmittedEmail(string DisplayName, string Reference, FormKind FormKind, DateOnly SignedOn, string CaseNumber, Uri FormPage) : EmailTemplate<CaseEmailText>
{
    public const string Name = "FormSubmitted";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<CaseEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["FormSubmitted.Subject", Reference],
        Preheader: text["FormSubmitted.Preheader"],
        Heading: text["FormSubmitted.Subject", Reference],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["FormSubmitted.WhatHappened", text[$"FormKind_{FormKind}"], SignedOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture), CaseNumber, Reference],
            text["FormSubmitted.SeeForm"],
        ],
        Action: new EmailAction(text["FormSubmitted.Button"], FormPage));
}
