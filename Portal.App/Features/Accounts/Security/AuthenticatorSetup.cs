namespace Portal.App.Features.Accounts.Security;

/// <summary>What a person needs to add the account to an authenticator app: the key, grouped for typing, and a QR code of it.</summary>
/// <param name="ManualKey">The base32 key in groups of four ("ABCD EFGH ...").</param>
/// <param name="AuthenticatorUri">The otpauth:// URI the QR code holds.</param>
/// <param name="QrCodeDataUri">A PNG data URI of the QR code (the CSP allows data: images).</param>
public sealed record AuthenticatorSetup(string ManualKey, string AuthenticatorUri, string QrCodeDataUri);
