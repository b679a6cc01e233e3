namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What a second-step form posts: an emailed code, an authenticator code or a recovery code.</summary>
public sealed class CodeForm
{
    public string? Code { get; set; }
}
