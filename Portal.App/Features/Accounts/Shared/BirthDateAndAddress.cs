using System.Globalization;
using Portal.App.Features.Accounts.Registration;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// The date of birth (month, day and year, as typed) and the mailing address: what registration's "Find your case"
/// (<see cref="FindCaseForm"/>) and recovery's "Forgot case number" ask besides the case number and the SSN. Plain values,
/// no secret: "Forgot case number" persists it with the circuit as it is.
/// </summary>
public class BirthDateAndAddress
{
    public string? BirthMonth { get; set; }
    public string? BirthDay { get; set; }
    public string? BirthYear { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Zip { get; set; }

    /// <summary>The date typed, or null when the three fields do not make a real date.</summary>
    public DateOnly? DateOfBirth() =>
        int.TryParse(BirthMonth?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && int.TryParse(BirthDay?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
        && int.TryParse(BirthYear?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && year >= Portal.Domain.SaneDates.Earliest.Year && year <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
}
