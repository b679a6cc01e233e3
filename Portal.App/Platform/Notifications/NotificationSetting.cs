namespace Portal.App.Platform.Notifications;

/// <summary>One kind of email and whether the parent gets it.</summary>
public sealed record NotificationSetting(NotificationTopic Topic, bool Wanted);
