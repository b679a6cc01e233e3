using System.Globalization;
using System.Text;
using Portal.App.Infrastructure.Csv;

namespace Portal.App.Features.CaseRecords;

/// <summary>What an import did, row by row; written as CSV next to the processed file.</summary>
public sealed record ImportReport(string Source, IReadOnlyList<ImportRowResult> Rows, string? FileProblem = null)
{
    public int Accepted => Rows.Count(r => r.Status == ImportRowStatus.Accepted);
    public int Duplicates => Rows.Count(r => r.Status == ImportRowStatus.Duplicate);
    public int Rejected => Rows.Count(r => r.Status == ImportRowStatus.Rejected);

    public static ImportReport Unreadable(string source, string problem) => new(source, [], problem);

    public string ToCsv()
    {
        var csv = new StringBuilder("Section,Row,ExternalId,Result,Reason\r\n");
        if (FileProblem is not null) csv.Append(CultureInfo.InvariantCulture, $"file,0,,Rejected,{CsvField.Escape(FileProblem)}\r\n");
        foreach (var row in Rows)
        {
            // The id (and a reason quoting it) comes from the file: a spreadsheet opening the report must not run it.
            csv.Append(CultureInfo.InvariantCulture, $"{row.Section},{row.Row},{CsvField.Escape(row.ExternalId ?? "")},{row.Status},{CsvField.Escape(row.Reason ?? "")}\r\n");
        }
        return csv.ToString();
    }
}
