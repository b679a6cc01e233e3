namespace Portal.App.Features.Staff.Applications;

/// <summary>Marker for StaffApplicationsText.resx: the staff application pages.</summary>
public sealed class StaffApplicationsText;
