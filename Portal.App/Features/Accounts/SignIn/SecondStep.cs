namespace Portal.App.Features.Accounts.SignIn;

/// <summary>
/// What the second-step page shows: where a code goes (masked), whether an authenticator app may be used (and is asked
/// for first), whether a code may be emailed, and whether one has been for this sign-in.
/// </summary>
public sealed record SecondStep(string MaskedEmail, bool HasAuthenticator, bool EmailCodeAllowed, bool EmailCodeSent);
