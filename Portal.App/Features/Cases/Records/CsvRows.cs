using System.Text;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// Reads RFC 4180 CSV record by record (quoted fields, doubled quotes, line breaks inside quotes) and says on
/// which line each record started, so an import's report can point at the spreadsheet line.
/// </summary>
public static class CsvRows
{
    public static IEnumerable<(int Line, IReadOnlyList<string> Fields)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var any = false;
        int c;
        var recordSize = 0;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            any = true;
            // A record no line of the case system's comes near would otherwise be held whole (one quote opens one).
            if (++recordSize > CaseRecordImporter.MaxRowSize) throw new InvalidDataException(CaseRecordImporter.RowTooLarge);
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    field.Append(ch);
                }
                continue;
            }
            switch (ch)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (!(fields.Count == 1 && fields[0].Length == 0)) yield return (recordLine, fields.ToArray());
                    fields.Clear();
                    line++;
                    recordLine = line;
                    any = false;
                    recordSize = 0;
                    break;
                default: field.Append(ch); break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            if (!(fields.Count == 1 && fields[0].Length == 0)) yield return (recordLine, fields.ToArray());
        }
    }
}
