using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// The processor's webhook: checked (signature, time, event id) before anything is read from it, then the payment's
/// result is recorded once, with its receipt email in the same unit of work, and published to the case's open
/// dashboards after the commit. A refused webhook is logged by reason (never its body) and records nothing.
/// </summary>
public sealed partial class PaymentWebhooks(
    IDbContextFactory<PortalDbContext> dbFactory,
    OnlinePaymentNotices notices,
    ICaseUpdateNotifier notifier,
    IOptions<PaymentsOptions> options,
    TimeProvider time,
    ILogger<PaymentWebhooks> logger,
    IPaymentProcessor? processor = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<WebhookResult> ReceiveAsync(string? signature, string body, Uri siteBase, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (processor is null) return Refused(WebhookResult.NoProcessor);
        var now = time.GetUtcNow();
        var check = WebhookSignature.Verify(processor.WebhookSigningKey, signature, body, now, options.Value.WebhookTolerance);
        if (check != WebhookSignatureCheck.Valid)
        {
            return Refused(check switch
            {
                WebhookSignatureCheck.Stale => WebhookResult.Stale,
                WebhookSignatureCheck.BadSignature => WebhookResult.BadSignature,
                _ => WebhookResult.NotSigned,
            });
        }
        if (Read(body) is not { } webhook) return Refused(WebhookResult.Malformed);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (result, payment) = await db.InWriterTransactionAsync<(WebhookResult, OnlinePayment?)>(async () =>
        {
            if (await db.ProcessedWebhookEvents.AnyAsync(e => e.Id == webhook.Id, ct)) return (WebhookResult.Replayed, null);
            var payment = await db.OnlinePayments.SingleOrDefaultAsync(p => p.IdempotencyKey == webhook.IdempotencyKey && p.ProcessorSessionId == webhook.SessionId, ct);
            if (payment is null) return (WebhookResult.UnknownPayment, null);
            if (webhook.AmountCents != payment.Amount.Cents || webhook.FeeCents != payment.Fee.Cents) return (WebhookResult.Malformed, null);

            db.ProcessedWebhookEvents.Add(new ProcessedWebhookEvent(webhook.Id, now));
            var result = WebhookResult.AlreadyFinal;
            if (!payment.IsFinal)
            {
                switch (webhook.Type)
                {
                    case PaymentWebhookEvent.Succeeded when webhook.Reference is { Length: > 0 and <= OnlinePayment.ReferenceMaxLength } reference:
                        payment.Submitted(reference, webhook.Brand, webhook.Last4, now);
                        await notices.QueueReceiptAsync(db, payment, new Uri(siteBase, PaymentLinks.Payment(payment.Id)), ct);
                        break;
                    case PaymentWebhookEvent.Declined:
                        payment.Declined(webhook.Reason, webhook.Brand, webhook.Last4, now);
                        break;
                    case PaymentWebhookEvent.Failed:
                        payment.Failed(webhook.Reason, webhook.Brand, webhook.Last4, now);
                        break;
                    default:
                        return (WebhookResult.Malformed, null);
                }
                result = WebhookResult.Recorded;
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
            {
                // The same event delivered twice at once: the other delivery recorded it.
                await db.Database.RollbackTransactionAsync(ct);
                return (WebhookResult.Replayed, null);
            }
            return (result, payment);
        }, ct);
        if (payment is null) return Refused(result);
        LogAccepted(logger, result, payment.Status);
        if (result == WebhookResult.Recorded && payment.Status == OnlinePaymentStatus.Submitted)
        {
            await notifier.PublishAsync(CaseUpdate.OnlinePaymentSubmitted(payment.CaseNumber, OnlinePayments.Submitted(payment), now), ct);
        }
        return result;
    }

    /// <summary>The event, when it is one the contract knows and its fields fit what the portal stores; null otherwise.</summary>
    private static PaymentWebhookEvent? Read(string body)
    {
        PaymentWebhookEvent? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<PaymentWebhookEvent>(body, Json);
        }
        catch (JsonException)
        {
            return null;
        }
        return webhook is { Id.Length: > 0 and <= ProcessedWebhookEvent.IdMaxLength, IdempotencyKey.Length: > 0 and <= OnlinePayment.KeyMaxLength, SessionId.Length: > 0 }
            && webhook.Last4 is null or { Length: 4 } && webhook.Last4?.All(char.IsAsciiDigit) != false
            && webhook.Brand is null or { Length: <= 40 } && webhook.Reason is null or { Length: <= 64 }
            ? webhook : null;
    }

    private WebhookResult Refused(WebhookResult reason)
    {
        LogRefused(logger, reason);
        return reason;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payment webhook refused: {Reason}; nothing was recorded")]
    private static partial void LogRefused(ILogger logger, WebhookResult reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Payment webhook accepted: {Result}, the payment is {Status}")]
    private static partial void LogAccepted(ILogger logger, WebhookResult result, OnlinePaymentStatus status);
}
