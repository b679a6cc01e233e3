namespace Portal.App.Features.Offices;

/// <summary>Marker for the office locator's resources (OfficesText.resx): its pages and cards share their words.</summary>
public sealed class OfficesText;
