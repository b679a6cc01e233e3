using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Portal.App.Platform.Notifications;

public static class NotificationServiceCollectionExtensions
{
    /// <summary>Adds a kind of email to the list parents see on their profile (in the order features register them).</summary>
    public static IServiceCollection AddNotificationTopic(this IServiceCollection services, NotificationTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        if (topic.Key.Length > NotificationTopic.MaxKeyLength) throw new ArgumentException($"A topic key is at most {NotificationTopic.MaxKeyLength} characters.", nameof(topic));
        services.AddSingleton(topic);
        services.TryAddSingleton<NotificationPreferences>();
        return services;
    }
}
