namespace Portal.App.Platform.Notifications;

/// <summary>A parent's choice about one optional kind of email; a kind with no choice follows its default.</summary>
public sealed class NotificationChoice
{
    private NotificationChoice()
    {
        UserId = Topic = string.Empty;
    }

    public NotificationChoice(string userId, string topic, bool wanted, DateTimeOffset changedAt)
    {
        UserId = userId;
        Topic = topic;
        Wanted = wanted;
        ChangedAt = changedAt;
    }

    public string UserId { get; private set; }
    public string Topic { get; private set; }
    public bool Wanted { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public void Change(bool wanted, DateTimeOffset at)
    {
        Wanted = wanted;
        ChangedAt = at;
    }
}
