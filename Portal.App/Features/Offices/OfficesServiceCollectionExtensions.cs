using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

public static class OfficesServiceCollectionExtensions
{
    /// <summary>The office locator: the Arizona ZIP centroids (read once, kept for the app's life) and the search.</summary>
    public static IServiceCollection AddOffices(this IServiceCollection services)
    {
        services.AddSingleton(_ => ZipCentroids.Bundled);
        services.AddSingleton<OfficeLocator>();
        return services;
    }
}
