using System.Globalization;
using System.Text;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;

namespace Portal.App.Features.Staff.Search;

/// <summary>
/// The audit detail of one staff case search: how many cases matched, which page was shown, and the criteria,
/// masked. Language-neutral, like the other details, and built from the criteria as the search used them.
/// </summary>
public static class StaffSearchAuditDetail
{
    /// <param name="caseDigits">The case number searched for (its 10 digits), if any.</param>
    /// <param name="nameWords">The name words the search used (<see cref="StaffCaseSearch.NameWords"/>).</param>
    /// <param name="ssnLast4">The 4 digits searched for, if any: recorded masked as "***-**-1234", like the case view shows it.</param>
    /// <param name="dateOfBirth">
    /// Recorded in full: the participants table already holds the same birth date beside the same last 4 digits, in
    /// the same database as this audit, and an auditor must be able to tell which person a last-4-plus-birth-date
    /// search looked for ("***-**-1234, born 1991" could be many people). Four SSN digits with a birth date are not enough to open an account (sign-up
    /// needs the full SSN and the case number), and the audit log is read by supervisors only.
    /// </param>
    public static string Describe(int totalCount, int pageIndex, string? caseDigits, IReadOnlyList<string> nameWords, string? ssnLast4, DateOnly? dateOfBirth)
    {
        ArgumentNullException.ThrowIfNull(nameWords);
        // The count and page first and the free text last: a detail cut at its maximum length loses only the end of a name.
        var detail = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{totalCount} found; page {pageIndex + 1}"));
        if (caseDigits is not null) detail.Append(CultureInfo.InvariantCulture, $"; case {caseDigits}");
        if (ssnLast4 is not null) detail.Append(CultureInfo.InvariantCulture, $"; SSN ***-**-{ssnLast4}");
        if (dateOfBirth is { } born) detail.Append(CultureInfo.InvariantCulture, $"; born {born:yyyy-MM-dd}");
        if (nameWords.Count > 0) detail.Append(CultureInfo.InvariantCulture, $"; name \"{MaskDigits(string.Join(' ', nameWords))}\"");
        return detail.ToString();
    }

    /// <summary>
    /// No name has digits in it: digits typed into the name box are most likely an SSN or a phone number typed in
    /// the wrong field, so none of them is kept.
    /// </summary>
    public static string MaskDigits(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = char.IsDigit(source[i]) ? '*' : source[i];
        });
    }
}
