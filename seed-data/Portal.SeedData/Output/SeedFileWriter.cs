using CsvHelper;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.CaseSystem;
using Portal.SeedData.Cases;

namespace Portal.SeedData.Output;

/// <summary>Streams each generated case into the CSV files as it comes, so a 100,000-case set never sits in memory.</summary>
internal sealed class SeedFileWriter : IDisposable
{
    private readonly CsvWriter cases;
    private readonly CsvWriter participants;
    private readonly CsvWriter orders;
    private readonly CsvWriter payments;
    private readonly CsvWriter actions;

    public SeedFileWriter(string folder)
    {
        cases = Open<CaseRecord>(folder, SeedFiles.Cases);
        participants = Open<ParticipantRecord>(folder, SeedFiles.Participants);
        orders = Open<SupportOrderRecord>(folder, SeedFiles.SupportOrders);
        payments = Open<PaymentRecord>(folder, SeedFiles.Payments);
        actions = Open<CaseActionRecord>(folder, SeedFiles.CaseActions);
    }

    public SeedCounts Counts { get; } = new();

    public static void WriteOffices(string folder, IEnumerable<OfficeRecord> offices, SeedCounts counts)
    {
        using var csv = Open<OfficeRecord>(folder, SeedFiles.Offices);
        counts.Offices += WriteAll(csv, offices);
    }

    public void Write(GeneratedCase generated)
    {
        cases.WriteRecord(generated.Case);
        Counts.Cases++;
        Counts.Participants += WriteAll(participants, generated.Participants);
        Counts.SupportOrders += WriteAll(orders, generated.Orders);
        Counts.Payments += WriteAll(payments, generated.Payments);
        Counts.CaseActions += WriteAll(actions, generated.Actions);
    }

    public void Dispose()
    {
        cases.Dispose();
        participants.Dispose();
        orders.Dispose();
        payments.Dispose();
        actions.Dispose();
    }

    private static CsvWriter Open<T>(string folder, string fileName)
    {
        var csv = SeedCsv.OpenWriter(Path.Combine(folder, fileName));
        csv.WriteHeader<T>();
        return csv;
    }

    private static long WriteAll<T>(CsvWriter csv, IEnumerable<T> records)
    {
        var count = 0L;
        foreach (var record in records)
        {
            csv.WriteRecord(record);
            count++;
        }
        return count;
    }
}
