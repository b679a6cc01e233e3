namespace Portal.Domain.Accounts;

/// <summary>An account's count of recent failures after one more, and the end of the lockout that failure started, if it did.</summary>
public readonly record struct LockoutCount(int Failures, DateTimeOffset? LockedUntil);
