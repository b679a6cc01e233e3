using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Forms;

/// <summary>The parent's form addresses.</summary>
public static class FormLinks
{
    public const string List = "/forms";
    public const string PdfPattern = "/forms/{id:guid}/pdf";

    public static string Fill(FormKind kind, CaseNumber caseNumber) => $"/forms/fill/{FormSteps.Slug(kind)}?case={caseNumber.Digits}";

    public static string Form(Guid id) => $"/forms/{id:D}";

    public static string Pdf(Guid id) => $"/forms/{id:D}/pdf";
}
