using System.Text.Json;
using Portal.App.Infrastructure.Data.Seeding;

namespace Portal.Tests.Support;

/// <summary>The committed demo data as the tests read it: the identities and the raw SSNs the database must never hold.</summary>
public sealed record DemoData(DemoIdentities Identities)
{
    public static DemoData Load() =>
        new(JsonSerializer.Deserialize<DemoIdentities>(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, SeedFiles.DemoIdentities)), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("demo-identities.json is empty"));
}
