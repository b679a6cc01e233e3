using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Payments.Sandbox;

namespace Portal.App.Infrastructure.Payments;

public static class PaymentProcessorServiceCollectionExtensions
{
    /// <summary>
    /// The payment options, the rate limits of the processor's page and the webhook, and the configured processor
    /// (<c>Payments:Processor</c>). The sandbox runs in Development; anywhere else it stops the start-up unless
    /// <c>Payments:Sandbox:AllowOutsideDevelopmentUnsafe</c> says otherwise, and without its registration its page answers 404.
    /// </summary>
    public static IHostApplicationBuilder AddPaymentProcessor(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<PaymentsOptions>().BindConfiguration(PaymentsOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.WebhookTolerance > TimeSpan.Zero && o.WebhookTolerance <= TimeSpan.FromHours(1), $"{PaymentsOptions.Section}:WebhookTolerance must be more than zero and at most an hour")
            .ValidateOnStart();
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PaymentsOptions>>((rates, payments) => PaymentRateLimits.AddTo(rates, payments.Value));

        if (builder.Configuration.GetValue<PaymentProcessorKind?>($"{PaymentsOptions.Section}:{nameof(PaymentsOptions.Processor)}") == PaymentProcessorKind.Sandbox)
        {
            services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateDataAnnotations()
                .Validate<IHostEnvironment>((sandbox, environment) => environment.IsDevelopment() || sandbox.AllowOutsideDevelopmentUnsafe, SandboxOptions.OutsideDevelopmentRefusal)
                .Validate(sandbox => sandbox.SigningKey is not { Length: > 0 } key || IsKey(key), $"{SandboxOptions.Section}:SigningKey must be base64 of at least 32 bytes")
                .ValidateOnStart();
            services.AddSingleton<SandboxSessions>();
            services.AddSingleton<SandboxPaymentProcessor>();
            services.AddSingleton<IPaymentProcessor>(provider => provider.GetRequiredService<SandboxPaymentProcessor>());
            services.AddSingleton<SandboxWebhookSender>();
            services.AddHttpClient(SandboxWebhookSender.ClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        }
        return builder;
    }

    private static bool IsKey(string base64)
    {
        var bytes = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, bytes, out var length) && length >= 32;
    }
}
