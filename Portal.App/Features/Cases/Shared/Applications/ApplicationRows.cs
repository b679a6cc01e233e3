using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// An application's answers as rows, section by section, in the current language: what the applicant checks and signs,
/// what the PDF prints and what the caseworker reads. The SSN appears only as its last four digits.
/// </summary>
public sealed class ApplicationRows(IStringLocalizer<ApplicationText> text)
{
    /// <param name="documentNames">The names of the documents uploaded with it.</param>
    public IReadOnlyList<ApplicationSectionRows> For(ApplicationAnswers answers, string? ssnLast4, IReadOnlyList<string>? documentNames = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var a = answers;
        return
        [
            Section(ApplicationSection.AboutYou,
                Row("Field_Name", $"{a.FirstName} {a.LastName}".Trim()),
                Row("Field_DateOfBirth", Date(a.DateOfBirth)),
                Row("Field_Ssn", a.NoSsn ? text["NoSsn"] : ssnLast4 is null ? "" : text["SsnLast4", ssnLast4]),
                Row("Field_Role", a.Role is { } role ? text[$"Role_{role}"] : ""),
                Row("Field_Address", string.Join(", ", new[] { a.Line1, a.Line2, a.City, $"{a.State} {a.Zip}".Trim() }.Where(p => !string.IsNullOrWhiteSpace(p)))),
                Row("Field_Phone", a.Phone)),
            Section(ApplicationSection.OtherParent,
                Row("Field_Name", a.OtherNameUnknown ? text["DontKnow"] : $"{a.OtherFirstName} {a.OtherLastName}".Trim()),
                Row("Field_DateOfBirth", a.OtherDateOfBirthUnknown ? text["DontKnow"] : Date(a.OtherDateOfBirth)),
                Row("Field_OtherAddress", a.OtherAddressUnknown ? text["DontKnow"] : a.OtherAddress),
                Row("Field_OtherEmployer", a.OtherEmployerUnknown ? text["DontKnow"] : a.OtherEmployer)),
            new(text[$"Section_{ApplicationSection.Children}"], [.. a.Children.Where(c => !c.IsEmpty).Select((c, i) =>
                new FormRow(text["Field_Child", i + 1], $"{c.FirstName} {c.LastName}, {Date(c.DateOfBirth)}"))]),
            Section(ApplicationSection.Income,
                Row("Field_Employed", YesNo(a.Employed)),
                Row("Field_Employer", a.Employed == true ? a.EmployerName : null),
                Row("Field_MonthlyIncome", a.MonthlyIncome?.ToString("C", CultureInfo.GetCultureInfo("en-US")))),
            Section(ApplicationSection.CourtOrders,
                Row("Field_HasCourtOrder", YesNo(a.HasCourtOrder)),
                Row("Field_Court", a.HasCourtOrder == true ? a.CourtOrderCourt : null),
                Row("Field_CourtOrderNumber", a.HasCourtOrder == true ? a.CourtOrderNumber : null)),
            Section(ApplicationSection.Services,
                Row("Field_Services", string.Join("; ", a.Services.Select(s => text[$"Service_{s}"].Value)))),
            Section(ApplicationSection.Documents,
                Row("Field_DocumentsSent", string.Join(", ", documentNames ?? [])),
                Row("Field_Documents", a.DocumentsLater ? text["DocumentsLater"] : "")),
        ];
    }

    private ApplicationSectionRows Section(ApplicationSection section, params FormRow?[] rows) =>
        new(text[$"Section_{section}"], [.. rows.OfType<FormRow>()]);

    // A row with nothing to say is left out.
    private FormRow? Row(string labelKey, string? value) => string.IsNullOrWhiteSpace(value) ? null : new FormRow(text[labelKey], value.Trim());

    private string? YesNo(bool? value) => value is { } v ? text[v ? "Yes" : "No"].Value : null;

    private string Date(DateOnly? date) => date?.ToString(text["DateFormat"], CultureInfo.CurrentCulture) ?? "";
}
