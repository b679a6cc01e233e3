using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using SendGrid;

namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>
/// Delivers through SendGrid's v3 Web API (<c>POST /v3/mail/send</c>) with the official package's <see cref="SendGridClient"/>.
/// A 202 means SendGrid accepted the message (a 200 in sandbox mode: checked, not sent); 429 and 5xx are worth another
/// try; any other 4xx will fail the same way again.
/// </summary>
public sealed partial class SendGridEmailSender(
    HttpClient http,
    IOptions<EmailOptions> emailOptions,
    IOptions<SendGridOptions> sendGridOptions,
    TimeProvider time,
    ILogger<SendGridEmailSender> logger) : IEmailSender
{
    private static readonly long LatestUnixSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    private readonly EmailOptions emailSettings = emailOptions.Value;
    private readonly SendGridOptions sendGrid = sendGridOptions.Value;
    private readonly TimeSpan timeout = http.Timeout;

    // The package puts the key on each request, not on the HttpClient, which IHttpClientFactory's handlers are shared by.
    private readonly SendGridClient client = new(http, new SendGridClientOptions
    {
        ApiKey = sendGridOptions.Value.ApiKey,
        // SendGridClient ignores http.BaseAddress and builds every URL from Host.
        Host = sendGridOptions.Value.BaseAddress.AbsoluteUri,
        // An exception would carry a message string only; the Response keeps the status and the 429's headers.
        HttpErrorAsException = false,
    });

    public async Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var message = SendGridMessageFactory.Create(email, emailSettings, sendGrid.SandboxMode);
        DeliveryResult result;
        try
        {
            var response = await client.SendEmailAsync(message, cancellationToken);
            // The package hands back the content but not the HttpResponseMessage: disposing the content is what is left to do.
            using var body = response.Body;
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                var providerMessageId = response.Headers.TryGetValues("X-Message-Id", out var values) ? values.FirstOrDefault() : null;
                LogDelivered(email.Id, email.RecipientDomain, providerMessageId);
                return new DeliveryResult.Delivered(providerMessageId);
            }
            if (response.StatusCode == HttpStatusCode.OK && sendGrid.SandboxMode)
            {
                LogCheckedInSandbox(email.Id, email.RecipientDomain);
                return new DeliveryResult.Delivered(null);
            }
            var providerText = SendGridErrorResponse.Describe(await body.ReadAsStringAsync(cancellationToken));
            result = Classify(response.StatusCode, response.Headers, providerText);
        }
        catch (HttpRequestException ex)
        {
            result = new DeliveryResult.Transient(Scrub($"Network error talking to SendGrid: {ex.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout; a cancelled caller (shutdown) is not caught and propagates.
            result = new DeliveryResult.Transient($"SendGrid did not answer within {timeout.TotalSeconds:0.#} s.");
        }

        switch (result)
        {
            case DeliveryResult.Transient { RetryAfter: { } wait } transient:
                LogTransientFailure(email.Id, email.RecipientDomain, transient.Reason, wait);
                break;
            case DeliveryResult.Transient transient:
                LogTransientFailure(email.Id, email.RecipientDomain, transient.Reason);
                break;
            case DeliveryResult.Permanent permanent:
                LogPermanentFailure(email.Id, email.RecipientDomain, permanent.Reason);
                break;
        }
        return result;
    }

    private DeliveryResult Classify(HttpStatusCode statusCode, HttpResponseHeaders headers, string? providerText)
    {
        var status = (int)statusCode;
        var detail = providerText is null ? "" : $": {providerText}";
        if (statusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            var what = status == 429 ? "SendGrid is limiting our request rate (429)" : $"SendGrid failed ({status})";
            return new DeliveryResult.Transient(Scrub(what + detail), RequestedWait(statusCode, headers));
        }
        if (statusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new DeliveryResult.Permanent(Scrub($"SendGrid rejected the API key ({status}); check Email:SendGrid:ApiKey and its Mail Send permission{detail}"));
        }
        // 4xx: the request itself is wrong (400 invalid, 413 too large...). Anything else but 202 is not SendGrid's contract.
        return status is >= 400 and < 500
            ? new DeliveryResult.Permanent(Scrub($"SendGrid refused the message ({status}){detail}"))
            : new DeliveryResult.Permanent(Scrub($"SendGrid answered {status} instead of 202 Accepted{detail}"));
    }

    /// <summary>
    /// SendGrid's wish: Retry-After (seconds or an HTTP date) when it sends one; on a 429 without it, X-RateLimit-Reset,
    /// the Unix time its rate-limit window reopens. SendGrid sends X-RateLimit-* on other answers too, where they say
    /// nothing about when to retry. A moment already past means "now".
    /// </summary>
    private TimeSpan? RequestedWait(HttpStatusCode statusCode, HttpResponseHeaders headers) => headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => Until(date),
        _ when statusCode == HttpStatusCode.TooManyRequests && RateLimitReset(headers) is { } reset => Until(reset),
        _ => null,
    };

    private static DateTimeOffset? RateLimitReset(HttpResponseHeaders headers) =>
        headers.TryGetValues("X-RateLimit-Reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds <= LatestUnixSeconds
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    private TimeSpan Until(DateTimeOffset moment) => moment - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero;

    /// <summary>Provider text goes into logs and the outbox row: no recipient address, and never our key.</summary>
    private string Scrub(string text)
    {
        var redacted = EmailAddressRedactor.Redact(text);
        return string.IsNullOrEmpty(sendGrid.ApiKey) ? redacted : redacted.Replace(sendGrid.ApiKey, "***", StringComparison.Ordinal);
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Debug, Message = "Email {EmailId} to a recipient at {RecipientDomain} accepted by SendGrid as {ProviderMessageId}")]
    private partial void LogDelivered(Guid emailId, string recipientDomain, string? providerMessageId);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "Email {EmailId} to a recipient at {RecipientDomain} not delivered yet: {Reason}")]
    private partial void LogTransientFailure(Guid emailId, string recipientDomain, string reason);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Email {EmailId} to a recipient at {RecipientDomain} not delivered yet: {Reason}. SendGrid asks us to wait {RetryAfter}")]
    private partial void LogTransientFailure(Guid emailId, string recipientDomain, string reason, TimeSpan retryAfter);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Error, Message = "Email {EmailId} to a recipient at {RecipientDomain} failed for good: {Reason}")]
    private partial void LogPermanentFailure(Guid emailId, string recipientDomain, string reason);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Email {EmailId} to a recipient at {RecipientDomain} checked by SendGrid in sandbox mode and not delivered (Email:SendGrid:SandboxMode)")]
    private partial void LogCheckedInSandbox(Guid emailId, string recipientDomain);
}
