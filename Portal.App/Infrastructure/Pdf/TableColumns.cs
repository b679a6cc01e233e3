namespace Portal.App.Infrastructure.Pdf;

/// <summary>Where each column of a <see cref="PdfBlock.Table"/> sits: its share of the width, less a gap between columns.</summary>
internal static class TableColumns
{
    public sealed record Placed(string Header, double X, double Width, bool AlignRight);

    /// <summary>Refuses a table that cannot be drawn as described, before any page is.</summary>
    public static void Check(PdfBlock.Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Columns.Count == 0) throw new ArgumentException("A PDF table needs at least one column.", nameof(table));
        if (table.Columns.Any(column => !double.IsFinite(column.Share) || column.Share <= 0))
            throw new ArgumentException("Every PDF table column needs a positive share of the width.", nameof(table));
        for (var i = 0; i < table.Rows.Count; i++)
        {
            if (table.Rows[i].Count != table.Columns.Count)
                throw new ArgumentException($"Row {i} of a PDF table has {table.Rows[i].Count} cells for {table.Columns.Count} columns.", nameof(table));
        }
    }

    public static IReadOnlyList<Placed> Place(PdfBlock.Table table, double left, double width, double gap)
    {
        var total = table.Columns.Sum(column => column.Share);
        var placed = new List<Placed>(table.Columns.Count);
        var x = left;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var share = width * column.Share / total;
            // Half a gap on each side between cells; the outer edges stay on the margins.
            var start = i == 0 ? x : x + (gap / 2);
            var end = i == table.Columns.Count - 1 ? x + share : x + share - (gap / 2);
            placed.Add(new Placed(column.Header, start, end - start, column.AlignRight));
            x += share;
        }

        return placed;
    }
}
