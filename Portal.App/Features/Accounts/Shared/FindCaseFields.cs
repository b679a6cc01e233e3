namespace Portal.App.Features.Accounts.Shared;

/// <summary>The ids of the "Find your case" inputs: error messages and the summary's links point at them.</summary>
public static class FindCaseFields
{
    public const string CaseNumber = "case-number";
    public const string Ssn = "ssn";
    public const string BirthMonth = "birth-month";
    public const string BirthDay = "birth-day";
    public const string BirthYear = "birth-year";
    public const string AddressLine1 = "address-line1";
    public const string AddressLine2 = "address-line2";
    public const string Zip = "zip";
}
