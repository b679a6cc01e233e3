namespace Portal.App.Features.Staff.Inbox;

/// <summary>A staff member a thread can be assigned to.</summary>
public sealed record Caseworker(string UserId, string UserName);
