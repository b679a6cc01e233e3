using System.Text.RegularExpressions;

using Portal.App.Features.Cases.Records;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// The documented shapes of the case system's ids (README, "Importing case records"): what the seed data, the
/// demo feed and the staff workspace produce. Anything else (spaces, quotes, a leading "=") is refused at the
/// door rather than stored and later shown or exported.
/// </summary>
public static partial class CaseRecordIds
{
    /// <summary>1 to 20 letters, digits and hyphens, starting with a letter or digit (R4600000001, S123456789012).</summary>
    public static bool IsReceiptNumber(string value) => ReceiptNumber().IsMatch(value);

    /// <summary>1 to 40 letters, digits, hyphens, underscores and dots, starting with a letter or digit (staff-3f2a…).</summary>
    public static bool IsExternalId(string value) => ExternalId().IsMatch(value);

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9-]{0,19}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ReceiptNumber();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9._-]{0,39}\z", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalId();
}
