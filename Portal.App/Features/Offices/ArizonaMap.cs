using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

/// <summary>
/// A small map of Arizona for the office page: the state's outline as one SVG path, and where a point falls on it.
/// The outline is the US Census Bureau's 2010 cartographic boundary of Arizona (gz_2010_us_040_00_20m, public
/// domain), simplified with Douglas-Peucker at 0.02° to 41 points (docs/offices.md). Projection: equirectangular,
/// longitude scaled by cos 34.17° (the state's middle latitude), 50 units per degree of latitude.
/// </summary>
public static class ArizonaMap
{
    public const int Width = 251;
    public const int Height = 296;

    public const string Outline =
        "M100.4 6.5 L244.9 6.5 L244.7 289.9 L160.0 289.5 L6.3 231.8 L6.5 225.4 L10.2 220.6 L14.5 220.1 L19.4 215.4 " +
        "L20.8 211.2 L18.8 205.3 L14.1 205.1 L10.6 201.9 L12.1 193.6 L10.1 186.7 L14.0 184.8 L17.8 178.1 L18.0 172.5 " +
        "L19.5 171.1 L18.5 160.6 L21.8 155.4 L22.0 152.1 L34.5 143.5 L32.6 139.0 L25.9 133.9 L20.7 121.9 L13.6 112.7 " +
        "L14.2 101.8 L16.4 97.3 L14.9 88.8 L11.9 82.0 L12.9 76.0 L11.0 71.5 L8.7 52.1 L16.3 48.9 L24.1 49.4 L29.5 55.5 " +
        "L33.8 55.1 L38.0 46.8 L37.8 6.5 Z";

    private const double West = -114.82;
    private const double North = 37.01;
    private const double UnitsPerDegree = 50;
    private const double Margin = 6;
    private static readonly double LongitudeScale = Math.Cos(34.17 * Math.PI / 180);

    /// <summary>Where <paramref name="point"/> falls in the map's coordinates (x right, y down).</summary>
    public static (double X, double Y) Project(GeoPoint point) =>
        (Margin + (point.Longitude - West) * LongitudeScale * UnitsPerDegree, Margin + (North - point.Latitude) * UnitsPerDegree);
}
