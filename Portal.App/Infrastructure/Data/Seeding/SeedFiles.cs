using System.Text.Json;
using CsvHelper;

namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>The files in seed-data/ and how to read them.</summary>
public sealed class SeedFiles(string folder)
{
    public const string Cases = "cases.csv";
    public const string Participants = "participants.csv";
    public const string SupportOrders = "support-orders.csv";
    public const string Payments = "payments.csv";
    public const string CaseActions = "case-actions.csv";
    public const string Offices = "offices.csv";
    public const string DemoIdentities = "demo-identities.json";

    public string Folder { get; } = folder;

    public bool Exist => File.Exists(System.IO.Path.Combine(Folder, Cases));

    /// <summary>Streams a CSV file's rows (formats: CaseSystem/CsvMaps), so a 100,000-case set never sits in memory whole.</summary>
    public async IAsyncEnumerable<T> ReadAsync<T>(string file, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var csv = CsvReader.Create(File.OpenRead(System.IO.Path.Combine(Folder, file)), CsvReaderOptions.Default);
        await foreach (var row in csv.GetRecordsAsync<T>(ct)) yield return row;
    }

    public async Task<DemoIdentities?> ReadDemoIdentitiesAsync(CancellationToken ct)
    {
        var path = System.IO.Path.Combine(Folder, DemoIdentities);
        if (!File.Exists(path)) return null;
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<DemoIdentities>(stream, JsonSerializerOptions.Web, ct);
    }
}
