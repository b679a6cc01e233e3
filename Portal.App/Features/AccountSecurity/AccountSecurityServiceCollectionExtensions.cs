namespace Portal.App.Features.AccountSecurity;

public static class AccountSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddOptions<AccountSecurityOptions>().BindConfiguration(AccountSecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionRenewal>();
        services.AddScoped<AccountSecurityService>();
        return services;
    }
}
