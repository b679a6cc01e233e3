namespace Portal.App.Features.Offices;

/// <summary>What "use my location" posts: the browser's coordinates, as text (wwwroot/js/portal.js fills them in).</summary>
public sealed class LocationSearchForm
{
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
}
