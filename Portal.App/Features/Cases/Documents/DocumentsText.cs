namespace Portal.App.Features.Cases.Documents;

/// <summary>Names the parent's documents page's resources (DocumentsText.resx, DocumentsText.es.resx).</summary>
public sealed class DocumentsText;
