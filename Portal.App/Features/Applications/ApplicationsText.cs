namespace Portal.App.Features.Applications;

/// <summary>Marker for ApplicationsText.resx: the applicant's pages.</summary>
public sealed class ApplicationsText;
