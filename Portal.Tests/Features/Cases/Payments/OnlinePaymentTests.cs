using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Payments.Emails;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Payments;
using Portal.App.Infrastructure.Payments.Sandbox;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Payments;

/// <summary>
/// A paying parent pays through the real path: the payment form over HTTP, the sandbox processor's page, its signed
/// webhook delivered over HTTP to the portal, the result recorded, the receipt page and email, the dashboard.
/// </summary>
public sealed class OnlinePaymentTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task A_card_payment_is_submitted_with_a_receipt_and_shows_on_the_dashboard_without_changing_the_arrears()
    {
        var payer = await portal.PayingParentAsync();
        var before = (await portal.App.Services.GetRequiredService<CaseDashboards>().LoadAsync(payer.Case))!;

        var (start, _) = await PaymentsPortal.PayAsync(payer, "100.50", "Card");
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.StartsWith(SandboxPaymentProcessor.PagePath + "/", start.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        var sandboxPage = await payer.Client.GetStringAsync(start.Headers.Location!.PathAndQuery);
        Assert.Contains("SANDBOX: this is not a real payment.", sandboxPage, StringComparison.Ordinal);
        Assert.Contains("$103.41", sandboxPage, StringComparison.Ordinal); // $100.50 and 2.9% ($2.9145, so $2.91)

        var back = await PaymentsPortal.PayByCardAsync(payer.Client, start.Headers.Location!, SandboxTestNumbers.CardSucceeds);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var receiptPage = await payer.Client.GetStringAsync(back.Headers.Location!.PathAndQuery);

        var payment = Assert.Single(await portal.PaymentsAsync(payer.Case));
        Assert.Equal((OnlinePaymentStatus.Submitted, Money.Dollars(100.50m), Money.Dollars(2.91m), "Visa", "4242"),
            (payment.Status, payment.Amount, payment.Fee, payment.Brand, payment.Last4));
        Assert.StartsWith("SBX", payment.ProcessorReference, StringComparison.Ordinal);
        Assert.Contains("Payment submitted", receiptPage, StringComparison.Ordinal);
        Assert.Contains(payment.ReceiptNumber, receiptPage, StringComparison.Ordinal);
        Assert.Contains("Visa card ending in 4242", receiptPage, StringComparison.Ordinal);

        var mail = Assert.Single(await portal.Forms.Staff.MailToAsync(payer.Parent.Account.Email!));
        Assert.Equal(PaymentReceiptEmail.Name, mail.Kind);
        Assert.Contains(payment.ReceiptNumber, mail.Subject, StringComparison.Ordinal);
        Assert.Contains("ending in 4242", mail.TextBody, StringComparison.Ordinal);

        var after = (await portal.App.Services.GetRequiredService<CaseDashboards>().LoadAsync(payer.Case))!;
        var listed = Assert.Single(after.SubmittedOnline!);
        Assert.Equal((payment.ReceiptNumber, Money.Dollars(100.50m)), (listed.ReceiptNumber, listed.Amount));
        Assert.Equal(before.Summary, after.Summary);
        Assert.NotEqual(before.Stamp, after.Stamp);
        var dashboard = await payer.Client.GetStringAsync($"/dashboard?case={payer.Case.Digits}");
        Assert.Contains("Submitted online, not yet posted", dashboard, StringComparison.Ordinal);
        Assert.Contains($"Receipt {payment.ReceiptNumber}", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_open_dashboard_hears_of_a_payment_submitted_online()
    {
        var payer = await portal.PayingParentAsync();
        var heard = new TaskCompletionSource<CaseUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = portal.App.Services.GetRequiredService<ICaseUpdateNotifier>().Subscribe(payer.Case, update =>
        {
            heard.TrySetResult(update);
            return Task.CompletedTask;
        });

        var payment = await portal.PayThroughSandboxAsync(payer, "75", "BankAccount", SandboxTestNumbers.BankSucceeds);

        var update = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(CaseUpdateKind.OnlinePaymentSubmitted, update.Kind);
        Assert.Equal(payment.Id, update.Submitted?.Id);
        Assert.Equal((Money.Dollars(1.25m), "6789"), (payment.Fee, payment.Last4));
    }

    [Theory]
    [InlineData(SandboxTestNumbers.CardDeclines, OnlinePaymentStatus.Declined, "Payment declined", "card_declined")]
    [InlineData(SandboxTestNumbers.CardFails, OnlinePaymentStatus.Failed, "Payment not completed", "processing_error")]
    public async Task A_card_the_processor_refuses_is_recorded_as_such_with_what_to_do_and_no_receipt(string card, OnlinePaymentStatus status, string heading, string reason)
    {
        var payer = await portal.PayingParentAsync();
        var (start, _) = await PaymentsPortal.PayAsync(payer, "40", "Card");

        var back = await PaymentsPortal.PayByCardAsync(payer.Client, start.Headers.Location!, card);
        var page = await payer.Client.GetStringAsync(back.Headers.Location!.PathAndQuery);

        var payment = Assert.Single(await portal.PaymentsAsync(payer.Case));
        Assert.Equal((status, reason, null), (payment.Status, payment.Reason, payment.ProcessorReference));
        Assert.Contains(heading, page, StringComparison.Ordinal);
        Assert.Contains("Nothing was charged.", page, StringComparison.Ordinal);
        Assert.Empty(await portal.Forms.Staff.MailToAsync(payer.Parent.Account.Email!));
        Assert.Empty((await portal.App.Services.GetRequiredService<CaseDashboards>().LoadAsync(payer.Case))!.SubmittedOnline!);
    }

    [Fact]
    public async Task Posting_the_same_form_again_before_or_after_paying_never_pays_twice()
    {
        var payer = await portal.PayingParentAsync();
        var (first, formKey) = await PaymentsPortal.PayAsync(payer, "60", "Card");
        var (doubleClick, _) = await PaymentsPortal.PayAsync(payer, "60", "Card", formKey: formKey);
        Assert.Equal(first.Headers.Location, doubleClick.Headers.Location); // the processor's same session

        var reloaded = await PaymentsPortal.PayByCardAsync(payer.Client, first.Headers.Location!, SandboxTestNumbers.CardSucceeds, posts: 2);
        var revisited = await payer.Client.GetAsync(first.Headers.Location!.PathAndQuery);
        var (goneBack, _) = await PaymentsPortal.PayAsync(payer, "60", "Card", formKey: formKey);

        var payment = Assert.Single(await portal.PaymentsAsync(payer.Case));
        Assert.Equal(OnlinePaymentStatus.Submitted, payment.Status);
        Assert.Equal($"/payments/{payment.Id:D}", reloaded.Headers.Location?.AbsolutePath);
        Assert.Equal($"/payments/{payment.Id:D}", revisited.Headers.Location?.AbsolutePath); // the processor's page, once paid, sends the browser back
        Assert.Equal($"/payments/{payment.Id:D}", goneBack.Headers.Location?.AbsolutePath); // the payment, not the processor again
        Assert.Single(await portal.Forms.Staff.MailToAsync(payer.Parent.Account.Email!));
    }

    [Fact]
    public async Task Bad_input_is_refused_at_its_field_and_what_was_typed_is_kept()
    {
        var payer = await portal.PayingParentAsync();

        var (tooMuch, _) = await PaymentsPortal.PayAsync(payer, "10000.01", "Card");
        var (fraction, _) = await PaymentsPortal.PayAsync(payer, "12.345", "BankAccount");
        var (noConsent, _) = await PaymentsPortal.PayAsync(payer, "50", "Card", consent: false);

        var over = await tooMuch.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, tooMuch.StatusCode);
        Assert.Contains("You can pay up to $10,000.00 in one payment.", over, StringComparison.Ordinal);
        Assert.Contains("id=\"payment-other-amount-error\"", over, StringComparison.Ordinal);
        Assert.Contains("value=\"10000.01\"", over, StringComparison.Ordinal);
        Assert.Contains("at most 2 digits after the point", await fraction.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var consent = await noConsent.Content.ReadAsStringAsync();
        Assert.Contains("agree to the convenience fee", consent, StringComparison.Ordinal);
        Assert.Contains("I agree to pay the convenience fee of $1.45", consent, StringComparison.Ordinal);
        Assert.Empty(await portal.PaymentsAsync(payer.Case));
    }

    [Fact]
    public async Task A_paying_parent_is_offered_this_months_amount_the_arrears_and_the_total_with_each_methods_fee()
    {
        var payer = await portal.PayingParentAsync();

        var page = await payer.Client.GetStringAsync($"/payments/new?case={payer.Case.Digits}");

        Assert.Contains("Convenience fee: 2.9% of the amount", page, StringComparison.Ordinal);
        Assert.Contains("Convenience fee: $1.25", page, StringComparison.Ordinal);
        Assert.Contains("Another amount", page, StringComparison.Ordinal);
        Assert.Matches("This month&#x27;s amount due: \\$|Next month&#x27;s payment: \\$", page);
    }

    [Fact]
    public async Task The_payment_page_speaks_spanish()
    {
        var payer = await portal.PayingParentAsync();
        await payer.Client.GetAsync("/culture/es-US?returnUrl=/payments/new");

        var page = System.Net.WebUtility.HtmlDecode(await payer.Client.GetStringAsync($"/payments/new?case={payer.Case.Digits}"));

        Assert.Contains("¿Cuánto quiere pagar?", page, StringComparison.Ordinal);
        Assert.Contains("Cargo por servicio: 2.9% de la cantidad", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_webhook_with_a_bad_signature_an_old_time_or_a_replayed_id_is_refused_logged_and_records_nothing()
    {
        var payer = await portal.PayingParentAsync();
        var (start, _) = await PaymentsPortal.PayAsync(payer, "30", "Card");
        var session = portal.App.Services.GetRequiredService<SandboxSessions>().Find(start.Headers.Location!.AbsolutePath.Split('/')[^1])!;
        var processor = portal.App.Services.GetRequiredService<SandboxPaymentProcessor>();
        var webhook = new PaymentWebhookEvent("evt_test_" + Guid.NewGuid().ToString("N"), PaymentWebhookEvent.Succeeded, session.Id, session.IdempotencyKey, "SBXTEST0001",
            session.Amount.Cents, session.Fee.Cents, "Visa", "4242", null);
        var body = JsonSerializer.Serialize(webhook, Json);
        var anonymous = portal.App.CreateClient();
        var now = portal.App.Clock.GetUtcNow();

        var forged = await PostWebhookAsync(anonymous, body, WebhookSignature.Sign(new byte[32], now, body));
        var unsigned = await PostWebhookAsync(anonymous, body, null);
        var old = await PostWebhookAsync(anonymous, body, WebhookSignature.Sign(processor.WebhookSigningKey, now.AddMinutes(-6), body));
        var tampered = await PostWebhookAsync(anonymous, body.Replace("\"amountCents\":3000", "\"amountCents\":1", StringComparison.Ordinal),
            WebhookSignature.Sign(processor.WebhookSigningKey, now, body));

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest],
            new[] { forged.StatusCode, unsigned.StatusCode, old.StatusCode, tampered.StatusCode });
        Assert.Equal(OnlinePaymentStatus.Started, Assert.Single(await portal.PaymentsAsync(payer.Case)).Status);
        var refusals = portal.App.Logs.Entries.Select(e => e.Message).Where(m => m.StartsWith("Payment webhook refused", StringComparison.Ordinal)).ToList();
        Assert.Contains("Payment webhook refused: BadSignature; nothing was recorded", refusals);
        Assert.Contains("Payment webhook refused: NotSigned; nothing was recorded", refusals);
        Assert.Contains("Payment webhook refused: Stale; nothing was recorded", refusals);

        var genuine = await PostWebhookAsync(anonymous, body, WebhookSignature.Sign(processor.WebhookSigningKey, now, body));
        var replayed = await PostWebhookAsync(anonymous, body, WebhookSignature.Sign(processor.WebhookSigningKey, now.AddSeconds(30), body));
        var duplicate = webhook with { Id = "evt_test_" + Guid.NewGuid().ToString("N"), Type = PaymentWebhookEvent.Failed, Reference = null };
        var duplicateBody = JsonSerializer.Serialize(duplicate, Json);
        var secondEvent = await PostWebhookAsync(anonymous, duplicateBody, WebhookSignature.Sign(processor.WebhookSigningKey, now, duplicateBody));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.OK), (genuine.StatusCode, replayed.StatusCode, secondEvent.StatusCode));
        var payment = Assert.Single(await portal.PaymentsAsync(payer.Case));
        Assert.Equal((OnlinePaymentStatus.Submitted, "SBXTEST0001"), (payment.Status, payment.ProcessorReference));
        Assert.Contains("Payment webhook refused: Replayed; nothing was recorded", portal.App.Logs.Entries.Select(e => e.Message));
        Assert.Single(await portal.Forms.Staff.MailToAsync(payer.Parent.Account.Email!));
    }

    [Fact]
    public async Task No_card_or_bank_number_is_in_the_database_a_log_or_an_email_after_sandbox_payments()
    {
        const string card = "4111111111111111";
        const string account = "5550001234567";
        var payer = await portal.PayingParentAsync();
        await portal.PayThroughSandboxAsync(payer, "20", "Card", card);
        await portal.PayThroughSandboxAsync(payer, "25", "BankAccount", account);

        await using (var db = await portal.App.CreateDbContextAsync()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        var stored = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(portal.App.DatabasePath));
        var mail = await portal.Forms.Staff.MailToAsync(payer.Parent.Account.Email!);

        Assert.Equal(2, (await portal.PaymentsAsync(payer.Case)).Count(p => p.Status == OnlinePaymentStatus.Submitted));
        Assert.Contains("4567", stored, StringComparison.Ordinal); // the scan reads the columns: the last four are kept in clear
        Assert.Equal(2, mail.Count);
        foreach (var number in new[] { card, account, card[..12] })
        {
            Assert.DoesNotContain(number, stored, StringComparison.Ordinal);
            Assert.DoesNotContain(portal.App.Logs.Entries, e => (e.Message + e.Exception).Contains(number, StringComparison.Ordinal));
            Assert.All(mail, m => Assert.DoesNotContain(number, m.Subject + m.HtmlBody + m.TextBody, StringComparison.Ordinal));
        }
    }

    private static Task<HttpResponseMessage> PostWebhookAsync(HttpClient client, string body, string? signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/payments/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null) request.Headers.Add(WebhookSignature.Header, signature);
        return client.SendAsync(request);
    }
}
