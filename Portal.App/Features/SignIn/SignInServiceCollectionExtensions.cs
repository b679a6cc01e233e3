namespace Portal.App.Features.SignIn;

public static class SignInServiceCollectionExtensions
{
    public static IServiceCollection AddSignIn(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountLockout>(); // also counts wrong passwords on the account security page
        return services;
    }
}
