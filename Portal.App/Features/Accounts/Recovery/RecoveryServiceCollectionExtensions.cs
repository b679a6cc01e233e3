using Microsoft.AspNetCore.Identity;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.Recovery;

public static class RecoveryServiceCollectionExtensions
{
    public static IServiceCollection AddRecovery(this IServiceCollection services)
    {
        services.AddOptions<RecoveryOptions>().BindConfiguration(RecoveryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DecoyQuestions>();
        services.AddSingleton<AccountRecovery>();
        services.AddSingleton<CaseNumberReminders>();
        // Password-reset tokens come from a provider of this feature's own (short-lived, its own purpose).
        services.AddTransient<RecoveryResetTokenProvider>();
        services.Configure<IdentityOptions>(identity =>
        {
            identity.Tokens.ProviderMap[RecoveryResetTokenProvider.ProviderName] = new TokenProviderDescriptor(typeof(RecoveryResetTokenProvider));
            identity.Tokens.PasswordResetTokenProvider = RecoveryResetTokenProvider.ProviderName;
        });
        return services;
    }
}
