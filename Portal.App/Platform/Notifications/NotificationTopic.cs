namespace Portal.App.Platform.Notifications;

/// <summary>
/// A kind of email the portal sends, as the profile page lists it. Each feature registers the kinds it sends
/// (<see cref="NotificationServiceCollectionExtensions.AddNotificationTopic"/>), so the list grows with the features.
/// The words are in <paramref name="Text"/>'s resources: <c>Notification_{Key}</c> and <c>Notification_{Key}_Hint</c>.
/// </summary>
/// <param name="AlwaysOn">The agency must send it (a security notice, a change to the case): shown, never turned off.</param>
/// <param name="WantedByDefault">Whether a parent who never chose gets it.</param>
public sealed record NotificationTopic(string Key, bool AlwaysOn, bool WantedByDefault, Type Text)
{
    public const int MaxKeyLength = 40;
}
