using System.Globalization;
using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

/// <summary>Where an office's directions, transit and phone links go (docs/offices.md explains the choices).</summary>
public static class OfficeLinks
{
    // Valley Metro's service area: the Phoenix metropolitan area, about 35 miles around downtown Phoenix.
    private static readonly GeoPoint DowntownPhoenix = new(33.4484, -112.0740);
    private const double ValleyMetroMiles = 35;

    // Valley Metro documents no address that fills in a destination, so the link opens the planner itself.
    private static readonly TransitLink ValleyMetro = new("Valley Metro", new Uri("https://www.valleymetro.org/trip-planner"));

    /// <summary>OpenStreetMap's directions to the office's coordinates; the person enters where they start.</summary>
    public static Uri Directions(Office office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return new Uri(string.Create(CultureInfo.InvariantCulture,
            $"https://www.openstreetmap.org/directions?route=%3B{office.Location.Latitude:0.#####}%2C{office.Location.Longitude:0.#####}"));
    }

    /// <summary>The public trip planner that covers the office, or null where we know of none to link to.</summary>
    public static TransitLink? Transit(Office office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return office.Location.MilesTo(DowntownPhoenix) <= ValleyMetroMiles ? ValleyMetro : null;
    }

    /// <summary>"tel:+16022524045" for "602-252-4045".</summary>
    public static string Telephone(Office office)
    {
        ArgumentNullException.ThrowIfNull(office);
        return "tel:+1" + new string([.. office.Phone.Where(char.IsAsciiDigit)]);
    }
}
