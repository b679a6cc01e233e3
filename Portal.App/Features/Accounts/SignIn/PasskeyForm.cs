namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What the passkey sign-in form posts once the browser's authenticator answered (the script fills it in).</summary>
public sealed class PasskeyForm
{
    /// <summary>The JSON of navigator.credentials.get()'s answer.</summary>
    public string? CredentialJson { get; set; }

    /// <summary>The browser's reason when it gave no passkey (cancelled, not supported); never shown as is.</summary>
    public string? Error { get; set; }

    /// <summary>The user name or email typed in the password form, if any: the passkey must then be that account's.</summary>
    public string? Login { get; set; }
}
