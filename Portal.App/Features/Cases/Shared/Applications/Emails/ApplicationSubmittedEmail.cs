using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Cases.Shared.Applications.Emails;

/// <summary>The receipt for a submitted application: its reference and date, and what happens next. The answers stay behind the sign-in.</summary>
public sealed record ApplicationSubmittedEmail(string DisplayName, string Reference, DateOnly SubmittedOn, Uri ApplyPage) : EmailTemplate<ApplicationEmailText>
{
    public const string Name = "ApplicationSubmitted";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<ApplicationEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["Submitted.Subject", Reference],
        Preheader: text["Submitted.Preheader"],
        Heading: text["Submitted.Subject", Reference],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["Submitted.WhatHappened", SubmittedOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture), Reference],
            text["Submitted.Next"],
        ],
        Action: new EmailAction(text["Submitted.Button"], ApplyPage));
}
