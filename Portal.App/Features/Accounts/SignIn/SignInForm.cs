namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What the sign-in form posts.</summary>
public sealed class SignInForm
{
    public string? Login { get; set; }
    public string? Password { get; set; }
}
