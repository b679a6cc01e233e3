namespace Portal.App.Features.Staff.Shared;

/// <summary>An office a staff list can be filtered by.</summary>
public sealed record StaffOffice(string Code, string Name);
