using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Security;

public static class AccountSecurityServiceCollectionExtensions
{
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddOptions<AccountSecurityOptions>().BindConfiguration(AccountSecurityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionRenewal>();
        services.AddScoped<AccountSecurity>();
        services.AddSingleton<AccountPasskeys>();
        // The recent sign-in rule (Portal.Domain's RecentSignInRule) for every page that makes a sensitive change.
        services.AddOptions<RecentSignInOptions>().BindConfiguration(RecentSignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RecentSignInGate>();
        services.AddSingleton<SecurityQuestionsRenewal>(); // after a staff reset of the security questions
        return services;
    }

    /// <summary>After authorization: parent pages wait until security questions reset by staff are chosen again.</summary>
    public static IApplicationBuilder UseSecurityQuestionsRenewal(this IApplicationBuilder app) => app.UseMiddleware<SecurityQuestionsRenewalGate>();
}
