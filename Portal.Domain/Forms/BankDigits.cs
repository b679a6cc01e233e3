namespace Portal.Domain.Forms;

internal static class BankDigits
{
    /// <summary>Drops the spaces and hyphens people type between groups of digits.</summary>
    public static string Tidy(string? text) =>
        string.Concat((text ?? string.Empty).Where(c => c is not (' ' or '-'))).Trim();
}
