using System.Globalization;
using System.Reflection;

namespace Portal.Domain.Offices;

/// <summary>
/// The centre (the Census Bureau's internal point) of each Arizona ZIP code tabulation area, from
/// seed-data/az-zip-centroids.csv (source and licence in seed-data/README.md). PO-box-only ZIPs have no area, so
/// no centroid.
/// </summary>
public sealed class ZipCentroids
{
    private const string ResourceName = "Portal.Domain.az-zip-centroids.csv";

    private static readonly Lazy<ZipCentroids> bundled = new(LoadBundled);

    private readonly Dictionary<string, GeoPoint> centroids;

    /// <param name="csvLines">"Zip,Latitude,Longitude" lines; a header line is skipped.</param>
    public ZipCentroids(IEnumerable<string> csvLines)
    {
        ArgumentNullException.ThrowIfNull(csvLines);
        centroids = new Dictionary<string, GeoPoint>(StringComparer.Ordinal);
        foreach (var line in csvLines)
        {
            var fields = line.Split(',');
            if (fields.Length != 3 || !ZipCode.IsWellFormed(fields[0])) continue;
            centroids[fields[0]] = new GeoPoint(
                double.Parse(fields[1], CultureInfo.InvariantCulture), double.Parse(fields[2], CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The Arizona centroids embedded in this assembly, read once on first use.</summary>
    public static ZipCentroids Bundled => bundled.Value;

    public int Count => centroids.Count;

    public IEnumerable<string> Zips => centroids.Keys;

    public bool TryFind(string zip, out GeoPoint centroid) => centroids.TryGetValue(zip, out centroid);

    private static ZipCentroids LoadBundled()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return new ZipCentroids(lines);
    }
}
