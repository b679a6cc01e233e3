using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.App.Infrastructure.Email.SendGrid;
using Portal.App.Infrastructure.Email.Smtp;
using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Infrastructure.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The outbox, its background dispatcher, the templates and the provider named by Email:Provider
    /// (Pickup, SendGrid or Smtp). A missing or incomplete setting stops the start-up with its name.
    /// </summary>
    public static IHostApplicationBuilder AddPortalEmail(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidator>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddEmailTemplates();
        services.AddSingleton<OutboxBodyProtector>();
        services.AddSingleton<EmailOutbox>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxWakeUpInterceptor>();
        services.ConfigureDbContext<PortalDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<OutboxWakeUpInterceptor>()));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxDispatcherService>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("email-outbox");

        switch (builder.Configuration.GetValue<EmailProvider?>($"{EmailOptions.Section}:{nameof(EmailOptions.Provider)}"))
        {
            case EmailProvider.Pickup:
                services.AddOptions<PickupOptions>().BindConfiguration(PickupOptions.Section)
                    .Validate<IHostEnvironment>((pickup, environment) => environment.IsDevelopment() || pickup.AllowOutsideDevelopmentUnsafe, PickupOptions.OutsideDevelopmentRefusal)
                    .ValidateOnStart();
                services.AddSingleton<PickupFolder>();
                // The mailbox shows every message, sign-in codes included, to whoever opens it: it exists in Development
                // only, whatever the settings say (without it the page and its menu link are not there: 404).
                if (builder.Environment.IsDevelopment()) services.AddSingleton<PickupMailbox>();
                services.AddSingleton<IEmailSender, PickupEmailSender>();
                break;
            case EmailProvider.SendGrid:
                services.AddSendGridEmailSender();
                break;
            case EmailProvider.Smtp:
                services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section).ValidateOnStart();
                services.AddSingleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>();
                services.AddSingleton<IEmailSender, SmtpEmailSender>();
                break;
        }
        return builder;
    }
}
