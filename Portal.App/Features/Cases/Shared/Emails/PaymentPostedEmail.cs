using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared.Emails;

/// <summary>A payment was recorded on the parent's case: who paid and how are the case's business, so it says how much and when.</summary>
public sealed record PaymentPostedEmail(string DisplayName, string CaseNumber, Money Amount, DateOnly ReceivedOn) : EmailTemplate<CaseEmailText>
{
    public const string Name = "PaymentPosted";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<CaseEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["PaymentPosted.Subject"],
        Preheader: text["PaymentPosted.Preheader"],
        Heading: text["PaymentPosted.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["PaymentPosted.WhatHappened", Amount.ToString(CultureInfo.CurrentCulture), ReceivedOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture), CaseNumber],
            text["PaymentPosted.SeeDashboard"],
            text["PaymentPosted.StopThese"],
        ]);
}
