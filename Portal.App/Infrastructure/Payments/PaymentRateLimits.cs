using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Portal.App.Infrastructure.Web;

namespace Portal.App.Infrastructure.Payments;

/// <summary>
/// Rate limits (per client address, fixed window of a minute, 429 beyond) on the two payment endpoints anyone can reach:
/// the processor's page (the sandbox's; against card testing) and the webhook (against floods of forged messages).
/// </summary>
public static class PaymentRateLimits
{
    public const string ProcessorPage = "payment-processor-page";
    public const string Webhook = "payment-webhook";

    public static void AddTo(RateLimiterOptions rates, PaymentsOptions payments)
    {
        rates.AddPolicy(ProcessorPage, context => PerMinute(context, payments.ProcessorPageRequestsPerMinute));
        rates.AddPolicy(Webhook, context => PerMinute(context, payments.WebhooksPerMinute));
    }

    private static RateLimitPartition<string> PerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(CircuitGuardMiddleware.ClientAddressOf(context), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
