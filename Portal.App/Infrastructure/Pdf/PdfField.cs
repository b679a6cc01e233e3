namespace Portal.App.Infrastructure.Pdf;

/// <summary>One row of <see cref="PdfBlock.Fields"/>: a label and its value ("\n" in the value starts a new line).</summary>
public sealed record PdfField(string Label, string Value);
