namespace Portal.App.Features.Staff.Shared;

/// <summary>A staff member work (a thread, a form) can be assigned to.</summary>
public sealed record Caseworker(string UserId, string UserName);
