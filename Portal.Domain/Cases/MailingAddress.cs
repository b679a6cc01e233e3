namespace Portal.Domain.Cases;

public sealed record MailingAddress(string Line1, string? Line2, string City, string State, string Zip)
{
    /// <summary>The five-digit ZIP code, whether or not the ZIP+4 suffix was given.</summary>
    public string Zip5 => Zip.Length >= 5 ? Zip[..5] : Zip;

    public static bool IsValidZip(string? zip) =>
        zip is { Length: 5 } && zip.All(char.IsAsciiDigit)
        || zip is { Length: 10 } && zip[5] == '-' && zip.Remove(5, 1).All(char.IsAsciiDigit);
}
