namespace Portal.Domain.Accounts;

/// <summary>
/// An email address as a page may show it to whoever holds a password ("m*****a@example.net"): enough for the owner
/// to recognise, too little to learn the address from.
/// </summary>
public static class MaskedEmail
{
    public static string Of(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0) return "***";
        var local = email[..at];
        return (local.Length <= 2 ? local[..1] + "*" : $"{local[0]}{new string('*', local.Length - 2)}{local[^1]}") + email[at..];
    }
}
