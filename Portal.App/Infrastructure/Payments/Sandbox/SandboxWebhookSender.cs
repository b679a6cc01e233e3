using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>
/// Delivers the sandbox's webhooks the way a processor does: a POST of the JSON event to the portal's webhook address over
/// HTTP, signed (<see cref="WebhookSignature"/>), tried again on a failure or a 5xx. A 2xx or 4xx answer ends the
/// deliveries: the portal took it, or refused it for good (a replayed event is 409).
/// </summary>
public sealed partial class SandboxWebhookSender(IHttpClientFactory clients, SandboxPaymentProcessor processor, IOptions<SandboxOptions> options, TimeProvider time,
    ILogger<SandboxWebhookSender> logger)
{
    public const string ClientName = "payment-sandbox";
    public const string WebhookPath = "/payments/webhook";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>True once the portal answered 2xx.</summary>
    public async Task<bool> DeliverAsync(PaymentWebhookEvent webhook, Uri portal, CancellationToken ct)
    {
        var body = JsonSerializer.Serialize(webhook, Json);
        var address = options.Value.WebhookUrl ?? new Uri(portal, WebhookPath);
        var client = clients.CreateClient(ClientName);
        for (var attempt = 1; attempt <= options.Value.WebhookAttempts; attempt++)
        {
            if (attempt > 1) await Task.Delay(options.Value.WebhookRetryDelay * (attempt - 1), ct);
            using var request = new HttpRequestMessage(HttpMethod.Post, address) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(processor.WebhookSigningKey, time.GetUtcNow(), body));
            try
            {
                using var response = await client.SendAsync(request, ct);
                if (response.IsSuccessStatusCode) return true;
                LogRefused(logger, webhook.Id, (int)response.StatusCode, attempt);
                if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.TooManyRequests) return false;
            }
            catch (HttpRequestException ex)
            {
                LogUnreachable(logger, ex, webhook.Id, attempt);
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook {EventId}: the portal answered {Status} (attempt {Attempt})")]
    private static partial void LogRefused(ILogger logger, string eventId, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook {EventId}: the portal could not be reached (attempt {Attempt})")]
    private static partial void LogUnreachable(ILogger logger, Exception ex, string eventId, int attempt);
}
