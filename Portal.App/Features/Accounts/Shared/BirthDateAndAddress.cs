using Microsoft.Extensions.Localization;
using Portal.App.Components.Forms;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The date of birth (month, day and year, as typed) and the mailing address: what registration's "Find your case"
/// and recovery's "Forgot case number" ask besides the case number and the SSN, checked here so both say the same.
/// Plain values, no secret: "Forgot case number" persists it with the circuit as it is.
/// </summary>
public class BirthDateAndAddress
{
    public string? BirthMonth { get; set; }
    public string? BirthDay { get; set; }
    public string? BirthYear { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Zip { get; set; }

    public DateOfBirthResult DateOfBirth(DateOnly today) => Portal.Domain.Accounts.DateOfBirth.Parse(BirthMonth, BirthDay, BirthYear, today);

    /// <summary>The date of birth, address and ZIP code's problems, in the order the fields appear.</summary>
    public IEnumerable<FieldError> BirthDateAndAddressErrors(DateOnly today, IStringLocalizer<RegistrationText> L)
    {
        if (DateOfBirthMessage(DateOfBirth(today), L) is { } dateProblem) yield return new(FindCaseFields.BirthMonth, dateProblem);
        if (string.IsNullOrWhiteSpace(AddressLine1)) yield return new(FindCaseFields.AddressLine1, L["AddressLine1Missing"]);
        if (string.IsNullOrWhiteSpace(Zip)) yield return new(FindCaseFields.Zip, L["ZipMissing"]);
        else if (!MailingAddress.IsValidZip(Zip.Trim())) yield return new(FindCaseFields.Zip, L["ZipInvalid"]);
    }

    /// <summary>The SSN's message, or null; the SSN itself lives with each form, never here.</summary>
    public static string? SsnProblem(string? ssn, IStringLocalizer<RegistrationText> L) =>
        string.IsNullOrWhiteSpace(ssn) ? L["SsnMissing"].Value
        : !Ssn.TryParse(ssn, out _) ? L["SsnInvalid"].Value
        : null;

    /// <summary>The first five digits of a ZIP code that <see cref="BirthDateAndAddressErrors"/> accepted.</summary>
    public string Zip5() => Zip!.Trim()[..5];

    public string? OptionalAddressLine2() => string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim();

    private static string? DateOfBirthMessage(DateOfBirthResult result, IStringLocalizer<RegistrationText> L) => result switch
    {
        DateOfBirthResult.Valid => null,
        DateOfBirthResult.Missing => L["BirthDateMissing"].Value,
        DateOfBirthResult.Impossible => L["BirthDateImpossible"].Value,
        DateOfBirthResult.InTheFuture => L["BirthDateFuture"].Value,
        DateOfBirthResult.TooOld old => L["BirthDateTooOld", old.Earliest.Year].Value,
        DateOfBirthResult.TooYoung young => L["BirthDateTooYoung", young.MinimumAge].Value,
        _ => throw new ArgumentOutOfRangeException(nameof(result)),
    };
}
