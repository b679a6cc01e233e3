namespace Portal.App.Features.Accounts.Shared;

/// <summary>The ids of the "Find your case" inputs: error messages and the summary's links point at them.</summary>
public static class FindCaseFields
{
    public const string CaseNumber = "case-number";
    public const string Ssn = "ssn";
    /// <summary>The date of birth's boxes (a <see cref="Components.Forms.DateOfBirthField"/>): "birth-month", "birth-day", "birth-year".</summary>
    public const string BirthDate = "birth";
    /// <summary>The first box, which the date's message belongs to.</summary>
    public const string BirthMonth = BirthDate + "-month";
    public const string AddressLine1 = "address-line1";
    public const string AddressLine2 = "address-line2";
    public const string Zip = "zip";
}
