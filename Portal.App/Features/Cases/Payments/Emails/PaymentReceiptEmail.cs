using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments.Emails;

/// <summary>
/// The receipt for a payment the processor took: the receipt number, the amount, the fee, how it was paid (the card's
/// brand or the account type and the last four digits, never more) and that it is not posted yet. Always sent.
/// </summary>
public sealed record PaymentReceiptEmail(string DisplayName, string ReceiptNumber, string CaseNumber, Money Amount, Money Fee, PaymentMethod Method, string? Brand,
    string? Last4, DateTimeOffset SubmittedAt, Uri ReceiptPage) : EmailTemplate<PaymentEmailText>
{
    public const string Name = "PaymentReceipt";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<PaymentEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["Receipt.Subject", ReceiptNumber],
        Preheader: text["Receipt.Preheader"],
        Heading: text["Receipt.Subject", ReceiptNumber],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["Receipt.WhatHappened", Amount.ToString(CultureInfo.CurrentCulture), CaseNumber, common.ArizonaDateTime(SubmittedAt)],
            text["Receipt.Details", ReceiptNumber, Fee.ToString(CultureInfo.CurrentCulture), (Amount + Fee).ToString(CultureInfo.CurrentCulture),
                text[$"Method_{Method}", Brand ?? string.Empty, Last4 ?? "····"]],
            text["Receipt.NotPostedYet"],
        ],
        Action: new EmailAction(text["Receipt.Button"], ReceiptPage));
}
