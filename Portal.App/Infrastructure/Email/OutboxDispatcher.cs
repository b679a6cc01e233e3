using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Infrastructure.Email;

/// <summary>
/// Delivers due outbox messages. Each one is claimed with a lease in a single UPDATE, so concurrent
/// dispatchers (or app instances) never send the same message at the same time; it is then handed to the
/// provider, with a few quick Polly retries for a blip, and its outcome recorded only while the claim is
/// still ours. Delivery is at least once: see README "Email delivery" for the guarantee.
/// </summary>
public sealed partial class OutboxDispatcher(
    IDbContextFactory<PortalDbContext> dbFactory,
    IServiceScopeFactory scopes,
    OutboxBodyProtector bodies,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger)
{
    // Every entry about one message carries its id and the trace id of the request that queued it.
    private static readonly Func<ILogger, Guid, string?, IDisposable?> MessageScope =
        LoggerMessage.DefineScope<Guid, string?>("OutboxMessageId:{OutboxMessageId} CorrelationId:{CorrelationId}");

    private readonly OutboxOptions settings = options.Value;
    private readonly ResiliencePipeline<DeliveryResult> quickRetries = BuildQuickRetries(options.Value);

    /// <summary>Sends every message due now; returns when the next pending one falls due, if any.</summary>
    public async Task<DateTimeOffset?> DispatchDueAsync(CancellationToken cancellationToken)
    {
        while (await ClaimDueAsync(cancellationToken) is { Count: > 0 } claimed)
        {
            // A fresh sender per round: the SendGrid sender is a typed HttpClient, which must not be held forever.
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
            foreach (var message in claimed) await DeliverAsync(sender, message, cancellationToken);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.Where(m => m.Status == OutboxStatus.Pending)
            .OrderBy(m => m.NextAttemptAt).Select(m => (DateTimeOffset?)m.NextAttemptAt).FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<List<OutboxMessage>> ClaimDueAsync(CancellationToken cancellationToken)
    {
        var token = Guid.NewGuid();
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Take(settings.BatchSize)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.ClaimToken, token)
                .SetProperty(m => m.ClaimedUntil, now + settings.LeaseDuration)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.ClaimToken == token).ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(IEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        using var scope = MessageScope(logger, message.Id, message.CorrelationId);
        if (bodies.Read(message) is not { } email)
        {
            // Sending ciphertext would help nobody, and trying again cannot help either.
            await RecordAsync(message, message.ToOutgoingEmail(), new DeliveryResult.Permanent(UnreadableBody), cancellationToken);
            return;
        }
        DeliveryResult result;
        try
        {
            result = await quickRetries.ExecuteAsync(async ct => await sender.SendAsync(email, ct), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A sender is meant to report failures, not throw them; treat a throw as transient so the message is retried, not stuck.
            LogSenderThrew(exception, message.Kind);
            result = new DeliveryResult.Transient("The email sender failed unexpectedly: " + exception.GetType().Name);
        }
        await RecordAsync(message, email, result, cancellationToken);
    }

    private async Task RecordAsync(OutboxMessage message, OutgoingEmail email, DeliveryResult result, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ours = db.OutboxMessages.Where(m => m.Id == message.Id && m.ClaimToken == message.ClaimToken);
        switch (result)
        {
            case DeliveryResult.Delivered delivered:
                await ours.ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.ProviderMessageId, delivered.ProviderMessageId)
                    .SetProperty(m => m.HtmlBody, string.Empty)
                    .SetProperty(m => m.TextBody, string.Empty)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                LogDelivered(message.Kind, email.RecipientDomain, message.Attempts);
                break;

            case DeliveryResult.Transient transient when message.Attempts < settings.MaxAttempts:
                var retryAt = now + Max(settings.RetryDelayAfter(message.Attempts), transient.RetryAfter ?? TimeSpan.Zero);
                await ours.ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.NextAttemptAt, retryAt)
                    .SetProperty(m => m.LastError, transient.Reason)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                LogWillRetry(message.Kind, email.RecipientDomain, message.Attempts, transient.Reason, retryAt);
                break;

            default:
                var reason = result switch
                {
                    DeliveryResult.Permanent permanent => permanent.Reason,
                    DeliveryResult.Transient transient => $"Gave up after {message.Attempts} attempts: {transient.Reason}",
                    _ => throw new InvalidOperationException($"Unknown delivery result {result}"),
                };
                await ours.ExecuteUpdateAsync(set => set
                    .SetProperty(m => m.Status, OutboxStatus.Failed)
                    .SetProperty(m => m.LastError, reason)
                    .SetProperty(m => m.ClaimToken, (Guid?)null)
                    .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), cancellationToken);
                LogFailed(message.Kind, email.RecipientDomain, message.Attempts, reason);
                break;
        }
    }

    private const string UnreadableBody = "The message's body cannot be decrypted: the Data Protection keys it was queued under are gone.";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a >= b ? a : b;

    private static ResiliencePipeline<DeliveryResult> BuildQuickRetries(OutboxOptions settings) =>
        settings.ImmediateRetries == 0
            ? ResiliencePipeline<DeliveryResult>.Empty
            : new ResiliencePipelineBuilder<DeliveryResult>().AddRetry(new RetryStrategyOptions<DeliveryResult>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is DeliveryResult.Transient transient
                    && (transient.RetryAfter is null || transient.RetryAfter <= settings.ImmediateRetryMaxWait)),
                MaxRetryAttempts = settings.ImmediateRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.ImmediateRetryDelay,
                // A provider's own Retry-After wins over our backoff.
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is DeliveryResult.Transient { RetryAfter: { } after } ? after : (TimeSpan?)null),
            }).Build();

    [LoggerMessage(Level = LogLevel.Information, Message = "Delivered {Kind} email to a recipient at {RecipientDomain} (attempt {Attempt})")]
    private partial void LogDelivered(string kind, string recipientDomain, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not deliver {Kind} email to a recipient at {RecipientDomain} (attempt {Attempt}): {Reason}. Next attempt at {RetryAt:O}")]
    private partial void LogWillRetry(string kind, string recipientDomain, int attempt, string reason, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Delivery of {Kind} email to a recipient at {RecipientDomain} failed for good after {Attempts} attempt(s): {Reason}")]
    private partial void LogFailed(string kind, string recipientDomain, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The email sender threw while sending {Kind} email")]
    private partial void LogSenderThrew(Exception exception, string kind);
}
