namespace Portal.App.Features.Accounts.Security;

/// <summary>One of the account's passkeys as its list shows it. <paramref name="Id"/> is the credential id, base64url.</summary>
public sealed record PasskeySummary(string Id, string Name, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt);
