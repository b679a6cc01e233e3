using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// Puts lines and rows on US Letter pages from the top down and starts a new page when the next one does not fit;
/// the footer goes on every page once the page count is known.
/// </summary>
internal sealed class PdfPageWriter : IDisposable
{
    private const double Margin = 54; // three quarters of an inch
    private const double FooterGap = 12;
    private const int MaxFooterLines = 3;
    private static readonly XPen RowRule = new(XColor.FromArgb(0xC8, 0xC8, 0xC8), 0.5);
    private static readonly XPen FooterRule = new(XColor.FromArgb(0x99, 0x99, 0x99), 0.5);
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x44, 0x44, 0x44));

    private readonly PdfDocument document;
    private readonly XFont footerFont;
    private readonly IReadOnlyList<string> footerLines;
    private readonly double bodyBottom;
    private XGraphics graphics;
    private double y;
    private bool finished;

    public PdfPageWriter(PdfDocument document, string footer, string pageLabel, XFont footerFont)
    {
        this.document = document;
        this.footerFont = footerFont;
        PageLabel = pageLabel;
        graphics = OpenPage();
        // Room for the widest label ("Page 999 of 999") beside the footer text.
        var labelRoom = Measure(Label(999, 999), footerFont) + FooterGap;
        var lines = Wrap(footer, footerFont, Width - labelRoom);
        footerLines = lines.Count <= MaxFooterLines ? lines : [.. lines.Take(MaxFooterLines - 1), lines[MaxFooterLines - 1] + "…"];
        bodyBottom = PageHeight - Margin - (footerLines.Count * footerFont.GetHeight()) - FooterGap;
    }

    public static double PageWidth => PageSize.Width;

    public static double PageHeight => PageSize.Height;

    public static double Left => Margin;

    public static double Width => PageWidth - (2 * Margin);

    public string PageLabel { get; }

    /// <summary>Called at the top of every new page this writer starts (a table repeats its header).</summary>
    public Action? PageStarted { get; set; }

    public bool AtTop => y <= Margin;

    public double Remaining => bodyBottom - y;

    private static XSize PageSize => new(612, 792);

    public double Measure(string text, XFont font) => graphics.MeasureString(text, font).Width;

    public IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        PdfLineBreaker.Wrap(WinAnsiText.Clean(text), line => Measure(line, font), width);

    public void Space(double points)
    {
        if (!AtTop) y = Math.Min(y + points, bodyBottom);
    }

    /// <summary>Starts a new page unless the height fits here (or nothing would fit better on an empty page).</summary>
    public void KeepTogether(double height)
    {
        if (height > Remaining && !AtTop) NewPage();
    }

    public void Line(string text, XFont font, XBrush brush)
    {
        var height = font.GetHeight();
        if (height > Remaining && !AtTop) NewPage();
        graphics.DrawString(text, font, brush, new XRect(Left, y, Width, height), XStringFormats.TopLeft);
        y += height;
    }

    /// <summary>
    /// Draws cells side by side on a new page if the row does not fit here; a row taller than a page is split
    /// between lines.
    /// </summary>
    public void Row(IReadOnlyList<PdfCell> cells, double padding, XBrush? fill = null)
    {
        var lineHeight = cells.Max(cell => cell.Font.GetHeight());
        var lineCount = Math.Max(1, cells.Max(cell => cell.Lines.Count));
        KeepTogether((lineCount * lineHeight) + (2 * padding));
        var start = 0;
        while (true)
        {
            var fits = Math.Max(1, (int)Math.Floor((Remaining - (2 * padding)) / lineHeight));
            var count = Math.Min(lineCount - start, fits);
            var height = (count * lineHeight) + (2 * padding);
            if (fill is not null) graphics.DrawRectangle(fill, Left, y, Width, height);
            foreach (var cell in cells)
            {
                for (var i = start; i < Math.Min(start + count, cell.Lines.Count); i++)
                {
                    var box = new XRect(cell.X, y + padding + ((i - start) * lineHeight), cell.Width, lineHeight);
                    graphics.DrawString(cell.Lines[i], cell.Font, XBrushes.Black, box, cell.AlignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
                }
            }

            y += height;
            graphics.DrawLine(RowRule, Left, y, Left + Width, y);
            start += count;
            if (start >= lineCount) return;
            NewPage();
        }
    }

    public void NewPage()
    {
        graphics.Dispose();
        graphics = OpenPage();
        var started = PageStarted;
        // A header taller than a page must not start pages for ever.
        PageStarted = null;
        started?.Invoke();
        PageStarted = started;
    }

    /// <summary>The footer text and "Page N of M" on every page, drawn once the last page exists.</summary>
    public void Finish()
    {
        graphics.Dispose();
        finished = true;
        var lineHeight = footerFont.GetHeight();
        var top = PageHeight - Margin - (footerLines.Count * lineHeight);
        for (var n = 1; n <= document.PageCount; n++)
        {
            using var footer = XGraphics.FromPdfPage(document.Pages[n - 1], XGraphicsPdfPageOptions.Append);
            footer.DrawLine(FooterRule, Left, top - (FooterGap / 2), Left + Width, top - (FooterGap / 2));
            for (var i = 0; i < footerLines.Count; i++)
            {
                footer.DrawString(footerLines[i], footerFont, Muted, new XRect(Left, top + (i * lineHeight), Width, lineHeight), XStringFormats.TopLeft);
            }

            footer.DrawString(Label(n, document.PageCount), footerFont, Muted, new XRect(Left, top, Width, lineHeight), XStringFormats.TopRight);
        }
    }

    public void Dispose()
    {
        if (!finished) graphics.Dispose();
    }

    private string Label(int page, int pages) => WinAnsiText.Clean(string.Format(CultureInfo.InvariantCulture, PageLabel, page, pages));

    private XGraphics OpenPage()
    {
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PageWidth);
        page.Height = XUnit.FromPoint(PageHeight);
        y = Margin;
        return XGraphics.FromPdfPage(page);
    }
}
