using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.SendGrid;

public static class SendGridServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IEmailSender"/> as SendGrid's Web API through the official package's client over a typed HttpClient,
    /// with "Email:SendGrid" checked at start-up. Expects <see cref="EmailOptions"/> and a <see cref="TimeProvider"/>
    /// to be registered by the caller.
    /// </summary>
    public static IServiceCollection AddSendGridEmailSender(this IServiceCollection services)
    {
        services.AddOptions<SendGridOptions>()
            .BindConfiguration(SendGridOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.ApiKey),
                "Email:SendGrid:ApiKey is not set. Set it (e.g. environment variable Email__SendGrid__ApiKey) or choose another Email:Provider.")
            .Validate(o => o.BaseAddress is { IsAbsoluteUri: true }, "Email:SendGrid:BaseAddress must be an absolute URL, e.g. https://api.sendgrid.com.")
            .Validate(o => o.Timeout > TimeSpan.Zero, "Email:SendGrid:Timeout must be positive, e.g. 00:00:30.")
            .ValidateOnStart();

        // No BaseAddress here: SendGridClient ignores it and takes the address from SendGridOptions (see SendGridEmailSender).
        services.AddHttpClient<IEmailSender, SendGridEmailSender>((provider, client) =>
            client.Timeout = provider.GetRequiredService<IOptions<SendGridOptions>>().Value.Timeout);
        return services;
    }
}
