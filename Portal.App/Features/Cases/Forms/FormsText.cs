namespace Portal.App.Features.Cases.Forms;

/// <summary>The words of the parent's form pages (FormsText.resx).</summary>
public sealed class FormsText;
