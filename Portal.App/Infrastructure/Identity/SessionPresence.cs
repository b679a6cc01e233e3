namespace Portal.App.Infrastructure.Identity;

/// <summary>When a session's sign-in completed, and when its password was last typed again (null: not since).</summary>
public sealed record SessionPresence(DateTimeOffset SignedInAt, DateTimeOffset? PasswordConfirmedAt);
