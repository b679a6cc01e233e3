namespace Portal.Domain.Offices;

/// <summary>An office and its straight-line distance in miles from where the person searched.</summary>
public sealed record OfficeDistance(Office Office, double Miles)
{
    /// <summary>The offices nearest first (by code when two are as near), each with its distance from <paramref name="from"/>.</summary>
    public static IReadOnlyList<OfficeDistance> Rank(IEnumerable<Office> offices, GeoPoint from)
    {
        ArgumentNullException.ThrowIfNull(offices);
        return [.. offices.Select(o => new OfficeDistance(o, from.MilesTo(o.Location)))
            .OrderBy(d => d.Miles).ThenBy(d => d.Office.Code, StringComparer.Ordinal)];
    }
}
