namespace Portal.App.Infrastructure.Csv;

/// <summary>
/// One field of a CSV the portal writes for a spreadsheet (the payment history, the import report): a value that
/// starts like a formula (=, +, -, @) is prefixed with an apostrophe so a spreadsheet shows it instead of running
/// it, and a value that could break the row (comma, quote, line break) is quoted.
/// </summary>
public static class CsvField
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var safe = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return safe.IndexOfAny([',', '"', '\r', '\n']) < 0 ? safe : "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
