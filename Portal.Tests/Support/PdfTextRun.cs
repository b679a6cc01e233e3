namespace Portal.Tests.Support;

/// <summary>
/// A string a PDF page shows: its page (from 1), where it starts (points from the left edge, its baseline from the
/// top) and how wide it is.
/// </summary>
public sealed record PdfTextRun(int Page, double X, double Top, double Width, string Text)
{
    public double Right => X + Width;
}
