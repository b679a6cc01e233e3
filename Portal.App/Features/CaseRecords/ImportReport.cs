using System.Globalization;
using System.Text;

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
        if (FileProblem is not null) csv.Append(CultureInfo.InvariantCulture, $"file,0,,Rejected,{Quote(FileProblem)}\r\n");
        foreach (var row in Rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.Section},{row.Row},{Quote(row.ExternalId ?? "")},{row.Status},{Quote(row.Reason ?? "")}\r\n");
        }
        return csv.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
