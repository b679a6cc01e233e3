using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

/// <summary>
/// Finds the offices nearest a ZIP code's centre or a point the browser gave. Public: it shows nothing but the offices.
/// The offices are read on each search (a handful of rows), so a change to them shows at once.
/// </summary>
public sealed class OfficeLocator(IDbContextFactory<PortalDbContext> dbFactory, ZipCentroids centroids)
{
    /// <param name="zip">A well-formed ZIP code (<see cref="ZipCode.IsWellFormed"/>): the page checks it first.</param>
    public async Task<OfficeSearchResult> SearchAsync(string zip, CancellationToken ct = default)
    {
        if (!ZipCode.IsWellFormed(zip)) throw new ArgumentException("Expected five digits.", nameof(zip));
        if (!ZipCode.IsArizona(zip)) return new OfficeSearchResult.NotInArizona(await AllAsync(ct));
        if (!centroids.TryFind(zip, out var centroid)) return new OfficeSearchResult.UnknownZip(await AllAsync(ct));
        return new OfficeSearchResult.Ranked(OfficeDistance.Rank(await LoadAsync(ct), centroid));
    }

    /// <summary>The offices nearest <paramref name="point"/> (the browser's location, used for this answer only).</summary>
    public async Task<OfficeSearchResult.Ranked> NearAsync(GeoPoint point, CancellationToken ct = default) =>
        new(OfficeDistance.Rank(await LoadAsync(ct), point));

    /// <summary>Every office, by name.</summary>
    public async Task<IReadOnlyList<Office>> AllAsync(CancellationToken ct = default) =>
        [.. (await LoadAsync(ct)).OrderBy(o => o.Name, StringComparer.CurrentCulture)];

    private async Task<List<Office>> LoadAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Offices.AsNoTracking().ToListAsync(ct);
    }
}
