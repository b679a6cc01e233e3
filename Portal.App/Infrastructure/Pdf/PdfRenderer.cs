using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// Turns a <see cref="PdfContent"/> into a PDF: US Letter, Liberation Sans in WinAnsi (the text can be searched,
/// copied and read aloud), the title and subtitle on top, blocks that wrap and flow onto new pages, and the footer
/// with "Page N of M" on every page. Static and thread-safe: it keeps nothing between documents.
/// </summary>
public static class PdfRenderer
{
    public const string Creator = "Portal";
    private const double RowPadding = 4;
    private const double CellGap = 12;
    private const double FieldLabelShare = 0.35;
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x44, 0x44, 0x44));
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xEE, 0xEE, 0xEE));

    public static byte[] Render(PdfContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(content.Blocks);
        foreach (var table in content.Blocks.OfType<PdfBlock.Table>()) TableColumns.Check(table);
        PdfFonts.Register();

        using var document = new PdfDocument();
        // Only what the caller names the document: no author, subject or keywords.
        document.Info.Title = content.Title;
        document.Info.Creator = Creator;
        if (content.Language is { } language) document.Language = language;

        var body = PdfFonts.Regular(10);
        var bold = PdfFonts.Bold(10);
        using (var pages = new PdfPageWriter(document, content.Footer, content.PageLabel, PdfFonts.Regular(8)))
        {
            Lines(pages, content.Title, PdfFonts.Bold(16), XBrushes.Black);
            if (!string.IsNullOrWhiteSpace(content.Subtitle)) Lines(pages, content.Subtitle, PdfFonts.Regular(11), Muted);
            pages.Space(10);
            foreach (var block in content.Blocks)
            {
                switch (block)
                {
                    case PdfBlock.Heading heading:
                        pages.Space(10);
                        var headingFont = PdfFonts.Bold(12);
                        var lines = pages.Wrap(heading.Text, headingFont, PdfPageWriter.Width);
                        // A heading never ends a page: it keeps two lines of what follows with it.
                        pages.KeepTogether((lines.Count * headingFont.GetHeight()) + (2 * body.GetHeight()) + RowPadding);
                        foreach (var line in lines) pages.Line(line, headingFont, XBrushes.Black);
                        pages.Space(4);
                        break;
                    case PdfBlock.Paragraph paragraph:
                        Lines(pages, paragraph.Text, body, XBrushes.Black);
                        pages.Space(6);
                        break;
                    case PdfBlock.Fields fields:
                        Fields(pages, fields, bold, body);
                        pages.Space(8);
                        break;
                    case PdfBlock.Table table:
                        Table(pages, table, bold, body);
                        pages.Space(8);
                        break;
                    default:
                        throw new ArgumentException($"Unknown PDF block {block?.GetType().Name ?? "null"}.", nameof(content));
                }
            }

            pages.Finish();
        }

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    private static void Lines(PdfPageWriter pages, string text, XFont font, XBrush brush)
    {
        foreach (var line in pages.Wrap(text, font, PdfPageWriter.Width)) pages.Line(line, font, brush);
    }

    private static void Fields(PdfPageWriter pages, PdfBlock.Fields fields, XFont labelFont, XFont valueFont)
    {
        var labelWidth = (PdfPageWriter.Width * FieldLabelShare) - CellGap;
        var valueX = PdfPageWriter.Left + (PdfPageWriter.Width * FieldLabelShare);
        var valueWidth = PdfPageWriter.Width * (1 - FieldLabelShare);
        foreach (var row in fields.Rows)
        {
            pages.Row(
            [
                new PdfCell(pages.Wrap(row.Label, labelFont, labelWidth), labelFont, PdfPageWriter.Left, labelWidth),
                new PdfCell(pages.Wrap(row.Value, valueFont, valueWidth), valueFont, valueX, valueWidth),
            ], RowPadding);
        }
    }

    private static void Table(PdfPageWriter pages, PdfBlock.Table table, XFont headerFont, XFont cellFont)
    {
        var columns = TableColumns.Place(table, PdfPageWriter.Left + RowPadding, PdfPageWriter.Width - (2 * RowPadding), CellGap);
        var header = columns.Select(column => new PdfCell(
            pages.Wrap(column.Header, headerFont, column.Width), headerFont, column.X, column.Width, column.AlignRight)).ToList();
        var rows = table.Rows.Select(row => columns.Select((column, i) => new PdfCell(
            pages.Wrap(row[i], cellFont, column.Width), cellFont, column.X, column.Width, column.AlignRight)).ToList()).ToList();

        // The header starts a page only with the first row under it.
        var firstRow = rows.Count > 0 ? rows[0].Max(cell => cell.Lines.Count) * cellFont.GetHeight() : 0;
        pages.KeepTogether((header.Max(cell => cell.Lines.Count) * headerFont.GetHeight()) + firstRow + (4 * RowPadding));
        pages.Row(header, RowPadding, HeaderFill);
        pages.PageStarted = () => pages.Row(header, RowPadding, HeaderFill);
        try
        {
            foreach (var row in rows) pages.Row(row, RowPadding);
        }
        finally
        {
            pages.PageStarted = null;
        }
    }
}
