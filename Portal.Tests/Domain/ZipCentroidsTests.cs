using System.Text.Json;
using Portal.Domain.Offices;
using Portal.Tests.Support;

namespace Portal.Tests.Domain;

/// <summary>The bundled Arizona ZIP centroids are real places in Arizona, and cover every ZIP the demo data uses.</summary>
public class ZipCentroidsTests
{
    // Window Rock's ZIP code area reaches across the state line into New Mexico, and the Census Bureau's internal point
    // for it lies about 3.5 miles east of Arizona: the one real centroid outside the state. It is kept as published
    // (it ranks the offices correctly) and checked to be just across the line, so the exception hides no bad value.
    private const string WindowRock = "86515";

    [Fact]
    public void The_bundled_centroids_are_Arizona_ZIP_codes_inside_Arizona()
    {
        var centroids = ZipCentroids.Bundled;

        Assert.InRange(centroids.Count, 350, 500);
        foreach (var zip in centroids.Zips)
        {
            Assert.True(ZipCode.IsArizona(zip), $"{zip} is not an Arizona ZIP code");
            Assert.True(centroids.TryFind(zip, out var centroid));
            AssertInArizona(zip, centroid);
        }
    }

    [Fact]
    public void Every_ZIP_code_the_seed_data_uses_has_a_centroid_inside_Arizona()
    {
        var zips = SeedCsv.Column("offices.csv", "Zip")
            .Concat(SeedCsv.Column("participants.csv", "Zip"))
            .Concat(DemoIdentityZips())
            .Where(zip => zip.Length > 0)
            .Select(zip => zip[..5])
            .ToHashSet();

        Assert.Contains("85007", zips); // Phoenix Central Office
        Assert.Contains("85234", zips); // the demo parent who registers
        foreach (var zip in zips)
        {
            Assert.True(ZipCentroids.Bundled.TryFind(zip, out var centroid), $"no centroid for {zip}");
            AssertInArizona(zip, centroid);
        }
    }

    [Fact]
    public void A_known_ZIP_centroid_is_where_the_Census_Bureau_puts_it()
    {
        // 85007 (around the Capitol, Phoenix): the Census Bureau's internal point, 33.446529, -112.090319.
        Assert.True(ZipCentroids.Bundled.TryFind("85007", out var capitol));
        Assert.Equal(new GeoPoint(33.446529, -112.090319), capitol);
        // 86001 spreads far around Flagstaff, so its centre is 13 miles north-west of the city's.
        Assert.True(ZipCentroids.Bundled.TryFind("86001", out var flagstaff));
        Assert.InRange(flagstaff.MilesTo(new GeoPoint(35.1983, -111.6513)), 12, 14);
        // PO-box-only ZIP codes (85001, downtown Phoenix's post office boxes) have no area, so no centroid.
        Assert.False(ZipCentroids.Bundled.TryFind("85001", out _));
    }

    [Fact]
    public void Offices_are_ranked_nearest_first()
    {
        Assert.True(ZipCentroids.Bundled.TryFind("85701", out var downtownTucson));
        var offices = SeedCsv.Rows("offices.csv").Select(row => new Office(row["Code"], row["Name"],
            new Portal.Domain.Cases.MailingAddress(row["AddressLine1"], null, row["City"], "AZ", row["Zip"]), row["Phone"],
            TimeOnly.Parse(row["OpensAt"], System.Globalization.CultureInfo.InvariantCulture),
            TimeOnly.Parse(row["ClosesAt"], System.Globalization.CultureInfo.InvariantCulture),
            new GeoPoint(double.Parse(row["Latitude"], System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(row["Longitude"], System.Globalization.CultureInfo.InvariantCulture)))).ToList();

        var ranked = OfficeDistance.Rank(offices, downtownTucson);

        Assert.Equal(offices.Count, ranked.Count);
        // Downtown Tucson: Tucson North 3.3 miles, Tucson South 3.7, then Nogales 60.6; Kingman is the farthest.
        Assert.Equal(["TUCN", "TUCS", "NOGA"], ranked.Take(3).Select(r => r.Office.Code));
        Assert.Equal(3.3, ranked[0].Miles, 1);
        Assert.Equal(ranked.Select(r => r.Miles).Order(), ranked.Select(r => r.Miles));
        Assert.Equal("KING", ranked[^1].Office.Code);
    }

    private static void AssertInArizona(string zip, GeoPoint centroid)
    {
        if (zip != WindowRock)
        {
            Assert.True(GeoBox.Arizona.Contains(centroid), $"{zip}'s centroid {centroid} is outside Arizona");
            return;
        }
        Assert.False(GeoBox.Arizona.Contains(centroid));
        Assert.InRange(centroid.MilesTo(centroid with { Longitude = GeoBox.Arizona.East }), 0, 5);
        Assert.InRange(centroid.Latitude, GeoBox.Arizona.South, GeoBox.Arizona.North);
    }

    private static List<string> DemoIdentityZips()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, "demo-identities.json")));
        return FindZips(json.RootElement).ToList();

        static IEnumerable<string> FindZips(JsonElement element) => element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
                p.Name == "zip" && p.Value.ValueKind == JsonValueKind.String ? [p.Value.GetString()!] : FindZips(p.Value)),
            JsonValueKind.Array => element.EnumerateArray().SelectMany(FindZips),
            _ => [],
        };
    }
}
