namespace Portal.App.Features.AccountSecurity;

public static class AccountSecurityServiceCollectionExtensions
{
    /// <summary>The parent's own account security pages: choosing new security questions after a staff reset.</summary>
    public static IServiceCollection AddAccountSecurity(this IServiceCollection services)
    {
        services.AddSingleton<SecurityQuestionsRenewal>();
        return services;
    }
}
