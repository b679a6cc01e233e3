namespace Portal.App.Features.Accounts.Profile;

public static class ProfileServiceCollectionExtensions
{
    public static IServiceCollection AddProfile(this IServiceCollection services) => services.AddScoped<AccountProfile>();
}
