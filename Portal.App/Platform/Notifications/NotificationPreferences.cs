using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;

namespace Portal.App.Platform.Notifications;

/// <summary>
/// Which kinds of email each parent wants: the registered topics (in registration order), with the parent's choices
/// over each optional topic's default. Senders of optional emails ask <see cref="WhoWantsAsync"/> inside their own unit
/// of work, so the email is queued with what it reports, or not at all.
/// </summary>
public sealed class NotificationPreferences(IEnumerable<NotificationTopic> registered, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    private readonly IReadOnlyList<NotificationTopic> topics = [.. registered];

    public IReadOnlyList<NotificationTopic> Topics => topics;

    public async Task<IReadOnlyList<NotificationSetting>> ForAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var choices = await db.NotificationChoices.AsNoTracking().Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Topic, c => c.Wanted, ct);
        return [.. topics.Select(t => new NotificationSetting(t, t.AlwaysOn || choices.GetValueOrDefault(t.Key, t.WantedByDefault)))];
    }

    /// <summary>Records the parent's choices over the optional topics; always-on and unknown topics are ignored. Returns whether anything changed.</summary>
    public async Task<bool> SaveAsync(string userId, IReadOnlyDictionary<string, bool> wanted, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var choices = await db.NotificationChoices.Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Topic, ct);
        var now = time.GetUtcNow();
        var changed = false;
        foreach (var topic in topics.Where(t => !t.AlwaysOn))
        {
            if (!wanted.TryGetValue(topic.Key, out var wants)) continue;
            if (choices.TryGetValue(topic.Key, out var choice))
            {
                if (choice.Wanted == wants) continue;
                choice.Change(wants, now);
            }
            else
            {
                if (wants == topic.WantedByDefault) continue;
                db.NotificationChoices.Add(new NotificationChoice(userId, topic.Key, wants, now));
            }
            changed = true;
        }
        await db.SaveChangesAsync(ct);
        return changed;
    }

    /// <summary>Of <paramref name="userIds"/>, those who get <paramref name="topic"/>'s emails.</summary>
    public async Task<IReadOnlyList<string>> WhoWantsAsync(PortalDbContext db, NotificationTopic topic, IReadOnlyCollection<string> userIds, CancellationToken ct = default)
    {
        if (topic.AlwaysOn || userIds.Count == 0) return [.. userIds];
        var choices = await db.NotificationChoices.AsNoTracking().Where(c => c.Topic == topic.Key && userIds.Contains(c.UserId))
            .ToDictionaryAsync(c => c.UserId, c => c.Wanted, ct);
        return [.. userIds.Where(id => choices.GetValueOrDefault(id, topic.WantedByDefault))];
    }
}
