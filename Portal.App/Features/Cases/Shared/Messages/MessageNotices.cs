using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// "A reply is waiting": queued with the reply in the same unit of work. It never carries the reply: an inbox is
/// not a safe place for case details, and a shared device may show it.
/// </summary>
public sealed class MessageNotices(NotificationPreferences preferences, EmailOutbox outbox)
{
    public static readonly NotificationTopic Topic = new("MessageReplies", AlwaysOn: false, WantedByDefault: true, typeof(MessageText));

    public async Task QueueReplyWaitingAsync(PortalDbContext db, PortalUser parent, CancellationToken ct)
    {
        if (parent.Email is null) return;
        var wanting = await preferences.WhoWantsAsync(db, Topic, [parent.Id], ct);
        if (!wanting.Contains(parent.Id)) return;
        await outbox.QueueAsync(db, new EmailRecipient(parent.Email, parent.DisplayName, parent.PreferredCulture), new MessageReplyWaitingEmail(parent.DisplayName));
    }
}
