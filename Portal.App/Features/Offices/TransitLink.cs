namespace Portal.App.Features.Offices;

/// <summary>A public transit trip planner that serves an office, and the address that opens it.</summary>
public sealed record TransitLink(string PlannerName, Uri Address);
