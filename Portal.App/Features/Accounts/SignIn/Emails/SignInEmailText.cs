namespace Portal.App.Features.Accounts.SignIn.Emails;

/// <summary>The wording of the sign-in emails (SignInEmailText.resx, SignInEmailText.es.resx).</summary>
public sealed class SignInEmailText;
