namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// Names the resources (DashboardText.resx, DashboardText.es.resx) the dashboard's components share: the cards,
/// the grid, the announcements and the print view all name the same things (statuses, sources, action types).
/// </summary>
public sealed class DashboardText;
