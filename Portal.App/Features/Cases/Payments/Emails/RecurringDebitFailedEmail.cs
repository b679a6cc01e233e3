using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Payments.Emails;

/// <summary>
/// An automatic payment from the parent's bank account did not go through: when it was due, the account's last four
/// digits, and either the date it will be tried again or that it will not be (a declined debit, or the last retry).
/// </summary>
public sealed record RecurringDebitFailedEmail(string DisplayName, string CaseNumber, Money Amount, DateOnly ScheduledOn, string? Last4, DateOnly? RetryOn)
    : EmailTemplate<PaymentEmailText>
{
    public const string Name = "RecurringDebitFailed";

    public override string Kind => Name;

    protected override EmailContent Compose(IStringLocalizer<PaymentEmailText> text, IStringLocalizer<EmailText> common) => new(
        Subject: text["DebitFailed.Subject"],
        Preheader: text["DebitFailed.Preheader"],
        Heading: text["DebitFailed.Subject"],
        Paragraphs:
        [
            common.Greeting(DisplayName),
            text["DebitFailed.WhatHappened", Amount.ToString(CultureInfo.CurrentCulture), ScheduledOn.ToString(text["DateFormat"], CultureInfo.CurrentCulture), CaseNumber, Last4 ?? "····"],
            RetryOn is { } retry
                ? text["DebitFailed.WillRetry", retry.ToString(text["DateFormat"], CultureInfo.CurrentCulture)]
                : text["DebitFailed.NoRetry"],
            text["DebitFailed.WhatToDo"],
        ]);
}
