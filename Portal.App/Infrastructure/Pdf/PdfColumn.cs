namespace Portal.App.Infrastructure.Pdf;

/// <summary>
/// A column of <see cref="PdfBlock.Table"/>. <paramref name="Share"/> is its fraction of the width (shares that do
/// not add up to 1 are scaled so they do); amounts align right.
/// </summary>
public sealed record PdfColumn(string Header, double Share, bool AlignRight = false);
