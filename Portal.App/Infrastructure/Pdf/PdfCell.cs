using PdfSharp.Drawing;

namespace Portal.App.Infrastructure.Pdf;

/// <summary>One cell of a row on the page: its wrapped lines, where it sits and how it aligns.</summary>
internal sealed record PdfCell(IReadOnlyList<string> Lines, XFont Font, double X, double Width, bool AlignRight = false);
