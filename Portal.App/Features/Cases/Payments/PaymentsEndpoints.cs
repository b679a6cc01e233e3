using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Portal.App.Infrastructure.Payments;

namespace Portal.App.Features.Cases.Payments;

/// <summary>
/// The processor's webhook: anonymous (the signature is its credential), rate-limited, outside antiforgery (a server
/// posts it), and small. 200 when accepted; 400 for a message refused (bad or missing signature, old, unknown, malformed);
/// 409 for an event id already processed, so a processor stops redelivering it.
/// </summary>
public static class PaymentsEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapPayments(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PaymentLinks.Webhook, ReceiveAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(PaymentRateLimits.Webhook);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext http, PaymentWebhooks webhooks, CancellationToken ct)
    {
        // The answer is for a server: no "not found" page re-executed in its place (which, for a POST, would be a 400).
        if (http.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages) statusCodePages.Enabled = false;
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = MaxBodyBytes;
        if (http.Request.ContentLength > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        string body;
        using (var reader = new StreamReader(http.Request.Body))
        {
            body = await reader.ReadToEndAsync(ct);
        }
        if (body.Length > MaxBodyBytes) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var site = new Uri($"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/");
        return await webhooks.ReceiveAsync(http.Request.Headers[WebhookSignature.Header], body, site, ct) switch
        {
            WebhookResult.Recorded or WebhookResult.AlreadyFinal => Results.Ok(),
            WebhookResult.Replayed => Results.Conflict(),
            WebhookResult.NoProcessor => Results.NotFound(),
            _ => Results.BadRequest(),
        };
    }
}
