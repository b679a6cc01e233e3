using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Payments;
using Portal.App.Features.Cases.Payments.Emails;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Payments.Sandbox;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Forms;

namespace Portal.Tests.Features.Cases.Payments;

/// <summary>The scheduler of recurring debits over several dates (a manual clock), with the sandbox's bank numbers deciding each debit.</summary>
public sealed class RecurringPaymentsTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    [Fact]
    public async Task Active_authorizations_are_debited_once_per_date_and_a_failed_debit_is_retried_per_the_rules_and_told_to_the_parent()
    {
        var paying = await AuthorizedAsync("9876543210123");
        var failing = await AuthorizedAsync(SandboxTestNumbers.BankFails);
        var scheduler = portal.App.Services.GetRequiredService<RecurringPayments>();
        var first = PaymentAuthorizationRules.EarliestStart(ArizonaTime.Today(portal.App.Clock));
        var dates = RecurringDebitRules.ScheduledBetween(DebitFrequency.TwiceMonthly, first, first, first.AddDays(40)).Where(d => RecurringDebitRules.RunsOn(d) <= first.AddDays(40)).ToList();
            // Day by day for 40 days, twice a day (the hourly service runs more often than that): each scheduled date is debited once.
            for (var day = ArizonaTime.Today(portal.App.Clock); day <= first.AddDays(40); day = day.AddDays(1))
            {
                MoveTo(day);
                await scheduler.RunAsync();
                await scheduler.RunAsync();
            }

            var debits = await portal.PaymentsAsync(paying.Case);
            Assert.Equal(dates, debits.Select(d => d.ScheduledOn!.Value).Order());
            Assert.All(debits, d => Assert.Equal((OnlinePaymentStatus.Submitted, 1, "0123", Money.Zero), (d.Status, d.Attempts, d.Last4, d.Fee)));
            Assert.All(debits, d => Assert.Equal(RecurringDebitRules.RunsOn(d.ScheduledOn!.Value), ArizonaTime.DateOf(d.CompletedAt!.Value)));
            Assert.DoesNotContain(await portal.Forms.Staff.MailToAsync(paying.Parent.Account.Email!), m => m.Kind == RecurringDebitFailedEmail.Name);

            // The failing account: the first debit tried three times (two retries, three business days apart), then left.
            var failed = await portal.PaymentsAsync(failing.Case);
            Assert.Equal(dates, failed.Select(d => d.ScheduledOn!.Value).Order());
            Assert.All(failed, d => Assert.Equal((OnlinePaymentStatus.Failed, "insufficient_funds"), (d.Status, d.Reason)));
            var firstDebit = failed.Single(d => d.ScheduledOn == first);
            Assert.Equal((3, null), (firstDebit.Attempts, firstDebit.RetryOn));
            var firstFailedOn = RecurringDebitRules.RunsOn(first);
            var secondTry = RecurringDebitRules.RetryOn(firstFailedOn, 1)!.Value;
            var thirdTry = RecurringDebitRules.RetryOn(secondTry, 2)!.Value;
            Assert.Equal(thirdTry, ArizonaTime.DateOf(firstDebit.CompletedAt!.Value));

            var mail = (await portal.Forms.Staff.MailToAsync(failing.Parent.Account.Email!)).Where(m => m.Kind == RecurringDebitFailedEmail.Name).ToList();
            var aboutFirst = mail.Where(m => m.TextBody.Contains(first.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
            Assert.Equal(3, aboutFirst.Count);
            Assert.Contains(secondTry.ToString("MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture), aboutFirst[0].TextBody, StringComparison.Ordinal);
            Assert.Contains("We will not try this payment again.", aboutFirst[2].TextBody, StringComparison.Ordinal);
            Assert.All(mail, m => Assert.DoesNotContain(SandboxTestNumbers.BankFails, m.TextBody + m.HtmlBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declined_debit_is_not_retried_and_a_revoked_authorization_is_not_debited()
    {
        var declined = await AuthorizedAsync(SandboxTestNumbers.BankDeclines);
        var revoked = await AuthorizedAsync("9876543210123");
        Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(revoked.Parent, FormKind.PaymentAuthorizationRevocation,
            s => s.Answers.AuthorizationId = revoked.AuthorizationId));
        var scheduler = portal.App.Services.GetRequiredService<RecurringPayments>();
        var first = PaymentAuthorizationRules.EarliestStart(ArizonaTime.Today(portal.App.Clock));
            foreach (var day in new[] { first, BusinessDaysAfter(first, 3), BusinessDaysAfter(first, 6) })
            {
                MoveTo(day);
                await scheduler.RunAsync();
            }

            var debit = Assert.Single(await portal.PaymentsAsync(declined.Case));
            Assert.Equal((OnlinePaymentStatus.Declined, 1, null), (debit.Status, debit.Attempts, debit.RetryOn));
            Assert.Contains("We will not try this payment again.", Assert.Single(await portal.Forms.Staff.MailToAsync(declined.Parent.Account.Email!), m => m.Kind == RecurringDebitFailedEmail.Name).TextBody, StringComparison.Ordinal);
            Assert.Empty(await portal.PaymentsAsync(revoked.Case));
    }

    /// <summary>The clock to 9:00 in Arizona on <paramref name="day"/>, or left where it is when that is past (it only goes forward).</summary>
    private void MoveTo(DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), ArizonaTime.Offset);
        if (at > portal.App.Clock.GetUtcNow()) portal.App.Clock.SetUtcNow(at);
    }

    private static DateOnly BusinessDaysAfter(DateOnly day, int count) => Portal.Domain.Calendar.BusinessDays.After(day, count);

    /// <summary>A paying parent whose payment authorization (twice a month, from the earliest start) a caseworker completed.</summary>
    private async Task<Authorized> AuthorizedAsync(string accountNumber)
    {
        var parent = await portal.Forms.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var signed = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(parent, FormKind.PaymentAuthorization, s => FormsPortal.AuthorizeDebits(s, accountNumber)));
        await portal.Forms.MoveAsync(signed.FormId, FormStatus.Received, FormStatus.Completed);
        return new Authorized(parent, signed.FormId);
    }

    private sealed record Authorized(SignedInParent Parent, Guid AuthorizationId)
    {
        public CaseNumber Case => Parent.Case;
    }
}
