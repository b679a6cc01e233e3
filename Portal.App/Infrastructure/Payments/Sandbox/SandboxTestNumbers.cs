using Portal.Domain.Forms;

namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>
/// The sandbox's documented test numbers (docs/payments.md). Cards: 4242 4242 4242 4242 succeeds, 4000 0000 0000 0002 is
/// declined, 4000 0000 0000 0119 fails (a processing error); any other number that passes the Luhn check succeeds. Bank
/// accounts (any valid routing number, e.g. 122105155): an account number ending 1116 is declined (account closed), one
/// ending 2227 fails (insufficient funds), any other succeeds. The same rule decides recurring debits.
/// </summary>
public static class SandboxTestNumbers
{
    public const string CardSucceeds = "4242424242424242";
    public const string CardDeclines = "4000000000000002";
    public const string CardFails = "4000000000000119";
    public const string Routing = "122105155";
    public const string BankSucceeds = "000123456789";
    public const string BankDeclines = "000111111116";
    public const string BankFails = "000222222227";

    public static SandboxOutcome ForCard(string digits) => digits switch
    {
        CardDeclines => SandboxOutcome.Declined,
        CardFails => SandboxOutcome.Failed,
        _ => SandboxOutcome.Succeeded,
    };

    public static SandboxOutcome ForBankAccount(string digits) =>
        digits.EndsWith("1116", StringComparison.Ordinal) ? SandboxOutcome.Declined
        : digits.EndsWith("2227", StringComparison.Ordinal) ? SandboxOutcome.Failed
        : SandboxOutcome.Succeeded;

    /// <summary>13 to 19 digits passing the Luhn check, spaces and hyphens dropped; null otherwise.</summary>
    public static string? CardDigits(string? text)
    {
        var digits = BankAccountNumber.Tidy(text);
        if (digits.Length is < 13 or > 19 || !digits.All(char.IsAsciiDigit)) return null;
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            sum += d;
        }
        return sum % 10 == 0 ? digits : null;
    }

    public static string Brand(string digits) => digits switch
    {
        ['4', ..] => "Visa",
        ['3', '4' or '7', ..] => "American Express",
        ['5', '1' or '2' or '3' or '4' or '5', ..] => "Mastercard",
        ['6', '0', '1', '1', ..] or ['6', '5', ..] => "Discover",
        _ => "Card",
    };
}
