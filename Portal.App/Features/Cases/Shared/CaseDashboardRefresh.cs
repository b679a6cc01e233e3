namespace Portal.App.Features.Cases.Shared;

/// <summary>An update and the case's dashboard as it stands after it, loaded once for every open dashboard of the case.</summary>
public sealed record CaseDashboardRefresh(CaseUpdate Update, CaseDashboardData Data);
