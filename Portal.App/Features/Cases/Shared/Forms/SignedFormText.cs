namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>The words forms share between the parent's pages, the staff pages, the PDF copy and the emails (SignedFormText.resx).</summary>
public sealed class SignedFormText;
