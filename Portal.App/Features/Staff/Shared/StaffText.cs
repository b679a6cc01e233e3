namespace Portal.App.Features.Staff.Shared;

/// <summary>Marker for the staff workspace's shared resources (StaffText.resx): its pages and panels share their words.</summary>
public sealed class StaffText;
