namespace Portal.Domain.Offices;

public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusMiles = 3958.8;

    /// <summary>Great-circle distance in miles (haversine).</summary>
    public double MilesTo(GeoPoint other)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
              + Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusMiles * Math.Asin(Math.Sqrt(a));
    }
}
