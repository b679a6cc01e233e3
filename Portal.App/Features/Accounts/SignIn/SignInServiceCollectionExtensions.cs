using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.SignIn;

public static class SignInServiceCollectionExtensions
{
    public static IServiceCollection AddSignIn(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<AccountLockout>(); // also counts wrong passwords on the account security page
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SignInOptions>>().Value.LockoutWindow);
        return services;
    }
}
