namespace Portal.App.Infrastructure.Identity;

/// <summary>One of an account's open sessions as its owner sees it. <see cref="Id"/> stays on the server (never in markup).</summary>
public sealed record ActiveSession(string Id, ClientDevice Device, string? Network, DateTimeOffset SignedInAt, DateTimeOffset LastSeenAt, bool IsThisDevice);
