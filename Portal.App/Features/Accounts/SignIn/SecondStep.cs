namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What the second-step page shows: where the code went (masked), and whether an authenticator app may be used instead.</summary>
public sealed record SecondStep(string MaskedEmail, bool HasAuthenticator, bool EmailCodeAllowed);
