namespace Portal.Domain.Forms;

/// <summary>A form in progress is kept for 30 days after it was last saved; the parent is warned in its last week.</summary>
public static class FormDraftRules
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);
    public static readonly TimeSpan WarnWithin = TimeSpan.FromDays(7);

    public static DateTimeOffset ExpiresAt(DateTimeOffset savedAt) => savedAt + Lifetime;

    public static bool IsExpired(DateTimeOffset savedAt, DateTimeOffset now) => now >= ExpiresAt(savedAt);

    public static bool ExpiresSoon(DateTimeOffset savedAt, DateTimeOffset now) => !IsExpired(savedAt, now) && ExpiresAt(savedAt) - now <= WarnWithin;
}
