using System.Globalization;
using System.Text;
using Portal.App.Infrastructure.Csv;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// What an import did: how many rows were accepted, updated (a payment's later stage), duplicates or rejected, why the file could not be read to its end,
/// and each row's result. The rows are kept in <see cref="Rows"/> or, given a writer, written to it as CSV as they
/// happen and not kept: the watched folder's report of a 500,000-row file then costs its counts, not its rows.
/// </summary>
public sealed class ImportReport(string source, TextWriter? csv = null)
{
    private const string CsvHeader = "Section,Row,ExternalId,Result,Reason\r\n";

    private readonly List<ImportRowResult> rows = [];
    private bool headerWritten;

    public string Source { get; } = source;

    /// <summary>Why the file was not read to its end, or not at all; the rows before it stand.</summary>
    public string? FileProblem { get; private set; }

    public int Accepted { get; private set; }
    public int Updated { get; private set; }
    public int Duplicates { get; private set; }
    public int Rejected { get; private set; }
    public int RowCount => Accepted + Updated + Duplicates + Rejected;

    /// <summary>Every row's result, in file order, when the report is kept in memory; empty when it is written out.</summary>
    public IReadOnlyList<ImportRowResult> Rows => rows;

    public async ValueTask AddAsync(ImportRowResult row, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        switch (row.Status)
        {
            case ImportRowStatus.Accepted: Accepted++; break;
            case ImportRowStatus.Updated: Updated++; break;
            case ImportRowStatus.Duplicate: Duplicates++; break;
            default: Rejected++; break;
        }
        if (csv is null) rows.Add(row);
        else await WriteAsync(CsvLine(row), ct);
    }

    /// <summary>The file as a whole could not be read (further); said on the report's last line.</summary>
    public async ValueTask FailAsync(string problem, CancellationToken ct = default)
    {
        FileProblem = problem;
        if (csv is not null) await WriteAsync(FileLine(problem), ct);
    }

    /// <summary>Ends a written report: the header at least, and everything flushed.</summary>
    public async ValueTask CompleteAsync(CancellationToken ct = default)
    {
        if (csv is null) return;
        await WriteAsync("", ct);
        await csv.FlushAsync(ct);
    }

    /// <summary>The kept report as CSV, as the watched folder writes it beside the processed file.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder(CsvHeader);
        foreach (var row in rows) text.Append(CsvLine(row));
        if (FileProblem is not null) text.Append(FileLine(FileProblem));
        return text.ToString();
    }

    private async ValueTask WriteAsync(string line, CancellationToken ct)
    {
        if (!headerWritten)
        {
            headerWritten = true;
            await csv!.WriteAsync(CsvHeader.AsMemory(), ct);
        }
        await csv!.WriteAsync(line.AsMemory(), ct);
    }

    // The id (and a reason quoting it) comes from the file: a spreadsheet opening the report must not run it.
    private static string CsvLine(ImportRowResult row) =>
        string.Create(CultureInfo.InvariantCulture, $"{row.Section},{row.Row},{CsvField.Escape(row.ExternalId ?? "")},{row.Status},{CsvField.Escape(row.Reason ?? "")}\r\n");

    private static string FileLine(string problem) => $"file,0,,Rejected,{CsvField.Escape(problem)}\r\n";
}
