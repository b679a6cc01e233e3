using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.SendGrid;

/// <summary>
/// Delivers through SendGrid's v3 Web API (<c>POST /v3/mail/send</c>). A 202 means SendGrid accepted the message;
/// 429 and 5xx are worth another try; any other 4xx will fail the same way again.
/// </summary>
public sealed partial class SendGridEmailSender(
    HttpClient http,
    IOptions<EmailOptions> emailOptions,
    IOptions<SendGridOptions> sendGridOptions,
    TimeProvider time,
    ILogger<SendGridEmailSender> logger) : IEmailSender
{
    private readonly EmailOptions emailSettings = emailOptions.Value;
    private readonly SendGridOptions sendGrid = sendGridOptions.Value;

    // Built from the options rather than the client's BaseAddress, so a base with a path (a proxy) keeps it.
    private Uri Endpoint => new(new Uri(sendGrid.BaseAddress.AbsoluteUri.TrimEnd('/') + "/"), "v3/mail/send");

    public async Task<DeliveryResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(SendGridMailSendRequest.For(email, emailSettings), SendGridMailSendRequest.JsonOptions);
        using var request = new HttpRequestMessage(HttpMethod.Post, Endpoint)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        // On the request, not the client's default headers: the client is shared through IHttpClientFactory's handler pool.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sendGrid.ApiKey);

        DeliveryResult result;
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                var providerMessageId = response.Headers.TryGetValues("X-Message-Id", out var values) ? values.FirstOrDefault() : null;
                LogDelivered(email.Id, email.RecipientDomain, providerMessageId);
                return new DeliveryResult.Delivered(providerMessageId);
            }
            var providerText = SendGridErrorResponse.Describe(await response.Content.ReadAsStringAsync(cancellationToken));
            result = Classify(response, providerText);
        }
        catch (HttpRequestException ex)
        {
            result = new DeliveryResult.Transient(Scrub($"Network error talking to SendGrid: {ex.Message}"));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient's own timeout; a cancelled caller (shutdown) is not caught and propagates.
            result = new DeliveryResult.Transient($"SendGrid did not answer within {http.Timeout.TotalSeconds:0.#} s.");
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

    private DeliveryResult Classify(HttpResponseMessage response, string? providerText)
    {
        var status = (int)response.StatusCode;
        var detail = providerText is null ? "" : $": {providerText}";
        if (response.StatusCode == HttpStatusCode.TooManyRequests || status >= 500)
        {
            var what = status == 429 ? "SendGrid is limiting our request rate (429)" : $"SendGrid failed ({status})";
            return new DeliveryResult.Transient(Scrub(what + detail), RetryAfter(response));
        }
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            return new DeliveryResult.Permanent(Scrub($"SendGrid rejected the API key ({status}); check Email:SendGrid:ApiKey and its Mail Send permission{detail}"));
        }
        // 4xx: the request itself is wrong (400 invalid, 413 too large...). Anything else but 202 is not SendGrid's contract.
        return status is >= 400 and < 500
            ? new DeliveryResult.Permanent(Scrub($"SendGrid refused the message ({status}){detail}"))
            : new DeliveryResult.Permanent(Scrub($"SendGrid answered {status} instead of 202 Accepted{detail}"));
    }

    /// <summary>The provider's wish, in either form the header allows; a date already past means "now".</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

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
}
