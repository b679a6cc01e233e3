using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.Internal;
using PdfSharp.Pdf.IO;

namespace Portal.Tests.Support;

/// <summary>
/// Reads back the text a PDF shows, the way a person copying it would get it: each string a Tj or TJ operator shows,
/// decoded from WinAnsi, one per line, page by page. Feature tests assert on it ("the copy has the reference number").
/// </summary>
public static class PdfText
{
    private static readonly AnsiEncoding WinAnsi = new();

    /// <summary>All pages' text; pages are separated by a form feed ("\f"), like pdftotext.</summary>
    public static string Extract(byte[] pdf) => string.Join('\f', Pages(pdf));

    /// <summary>Each page's shown strings, one per line.</summary>
    public static IReadOnlyList<string> Pages(byte[] pdf) =>
        [.. Runs(pdf).GroupBy(run => run.Page).OrderBy(page => page.Key).Select(page => string.Join('\n', page.Select(run => run.Text)))];

    /// <summary>
    /// Every shown string with its page (from 1), where it starts (X from the left edge, the baseline from the top,
    /// in points, from the text matrix: Tm, Td, TD, T*) and its width (the font's /Widths at the size Tf set), so
    /// a test can tell whether text stays inside the margins.
    /// </summary>
    public static IReadOnlyList<PdfTextRun> Runs(byte[] pdf)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var runs = new List<PdfTextRun>();
        for (var i = 0; i < document.PageCount; i++)
        {
            var page = document.Pages[i];
            var state = new TextState(page.Height.Point, FontWidths(page));
            Walk(ContentReader.ReadContent(page), state, i + 1, runs);
        }

        return runs;
    }

    private static void Walk(CSequence sequence, TextState state, int page, List<PdfTextRun> runs)
    {
        foreach (var item in sequence)
        {
            if (item is CSequence nested)
            {
                Walk(nested, state, page, runs);
                continue;
            }

            if (item is not COperator op) continue;
            var text = state.Apply(op);
            if (text is not null) runs.Add(new PdfTextRun(page, state.X, state.Top, state.Width(text), text));
        }
    }

    // Per font resource (/F0): the first code and the advance widths in thousandths of the font size.
    private static Dictionary<string, (int FirstChar, double[] Widths)> FontWidths(PdfPage page)
    {
        var fonts = page.Elements.GetDictionary("/Resources")?.Elements.GetDictionary("/Font");
        var widths = new Dictionary<string, (int, double[])>();
        if (fonts is null) return widths;
        foreach (var name in fonts.Elements.Keys)
        {
            var font = fonts.Elements.GetDictionary(name);
            var array = font?.Elements.GetArray("/Widths");
            if (font is null || array is null) continue;
            widths[name] = (font.Elements.GetInteger("/FirstChar"), [.. Enumerable.Range(0, array.Elements.Count).Select(array.Elements.GetReal)]);
        }

        return widths;
    }

    private static string Decode(CObject operand) => operand switch
    {
        // The reader hands back a literal string's bytes one per char.
        CString text => WinAnsi.GetString([.. text.Value.Select(c => (byte)c)]),
        CArray parts => string.Concat(parts.OfType<CString>().Select(Decode)),
        _ => "",
    };

    // The text matrix's origin and the page's transformation (cm), enough for PDFsharp's output.
    private sealed class TextState(double pageHeight, Dictionary<string, (int FirstChar, double[] Widths)> fonts)
    {
        private double lineX, lineY, leading, fontSize;
        private (int FirstChar, double[] Widths) font = (0, []);
        private double a = 1, b, c, d = 1, e, f;

        public double X { get; private set; }

        public double Top => pageHeight - Y;

        private double Y { get; set; }

        public string? Apply(COperator op)
        {
            var args = op.Operands.OfType<CNumber>().Select(Number).ToArray();
            switch (op.OpCode.Name)
            {
                case "cm" when args.Length == 6:
                    (a, b, c, d, e, f) = (args[0] * a + args[1] * c, args[0] * b + args[1] * d, args[2] * a + args[3] * c, args[2] * b + args[3] * d, args[4] * a + args[5] * c + e, args[4] * b + args[5] * d + f);
                    return null;
                case "BT":
                    MoveTo(0, 0);
                    return null;
                case "Tm" when args.Length == 6:
                    MoveTo(args[4], args[5]);
                    return null;
                case "Td" when args.Length == 2:
                    MoveTo(lineX + args[0], lineY + args[1]);
                    return null;
                case "TD" when args.Length == 2:
                    leading = -args[1];
                    MoveTo(lineX + args[0], lineY + args[1]);
                    return null;
                case "Tf" when args.Length == 1 && op.Operands[0] is CName name:
                    font = fonts.GetValueOrDefault(name.Name, (0, []));
                    fontSize = args[0];
                    return null;
                case "TL" when args.Length == 1:
                    leading = args[0];
                    return null;
                case "T*":
                    MoveTo(lineX, lineY - leading);
                    return null;
                case "Tj" or "TJ" or "'" or "\"":
                    return Decode(op.Operands[^1]);
                default:
                    return null;
            }
        }

        public double Width(string text)
        {
            double total = 0;
            foreach (var code in WinAnsi.GetBytes(text))
            {
                var i = code - font.FirstChar;
                if (i >= 0 && i < font.Widths.Length) total += font.Widths[i];
            }

            return total * fontSize / 1000;
        }

        private void MoveTo(double x, double y)
        {
            (lineX, lineY) = (x, y);
            X = (a * x) + (c * y) + e;
            Y = (b * x) + (d * y) + f;
        }

        private static double Number(CNumber number) => number switch
        {
            CInteger integer => integer.Value,
            CReal real => real.Value,
            _ => 0,
        };
    }
}
