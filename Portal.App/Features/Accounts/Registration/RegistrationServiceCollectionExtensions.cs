using Portal.App.Features.Accounts.Shared;
using Portal.App.Platform.Session;

namespace Portal.App.Features.Accounts.Registration;

public static class RegistrationServiceCollectionExtensions
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CaseMatcher>();
        services.AddSingleton<VerificationLinks>();
        services.AddSingleton<VerificationEmailLimit>();
        services.AddSingleton<AccountRegistration>();
        services.AddSingleton<RegistrationDrafts>();
        services.AddSingleton<RegistrationBrowserKeys>();
        services.AddScoped<ClientAddress>();
        services.AddScoped<RegistrationBrowser>();
        services.AddSingleton<AccountActivation>();
        services.AddSingleton<UnverifiedAccountPurger>();
        services.AddHostedService<UnverifiedAccountPurgeService>();
        return services;
    }
}
