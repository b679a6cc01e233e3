namespace Portal.Domain.Offices;

/// <summary>A latitude/longitude rectangle (west of the date line, north of the equator is all the portal needs).</summary>
public readonly record struct GeoBox(double South, double West, double North, double East)
{
    /// <summary>Arizona's bounding box, from the US Census Bureau's state boundary, rounded outwards.</summary>
    public static GeoBox Arizona { get; } = new(31.33, -114.82, 37.01, -109.04);

    public bool Contains(GeoPoint point) =>
        point.Latitude >= South && point.Latitude <= North && point.Longitude >= West && point.Longitude <= East;
}
