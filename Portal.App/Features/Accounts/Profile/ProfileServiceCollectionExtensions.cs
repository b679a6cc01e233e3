using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Accounts.Profile;

public static class ProfileServiceCollectionExtensions
{
    /// <summary>The emails the agency always sends about an account, listed first on the profile page.</summary>
    public static readonly NotificationTopic SecurityNotices = new("AccountSecurity", AlwaysOn: true, WantedByDefault: true, typeof(ProfileText));
    public static readonly NotificationTopic ContactNotices = new("ContactChanges", AlwaysOn: true, WantedByDefault: true, typeof(ProfileText));

    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddOptions<EmailChangeOptions>().BindConfiguration(EmailChangeOptions.Section).ValidateOnStart();
        return services
            .AddScoped<AccountProfile>()
            .AddSingleton<EmailChanges>()
            .AddNotificationTopic(SecurityNotices)
            .AddNotificationTopic(ContactNotices);
    }
}
