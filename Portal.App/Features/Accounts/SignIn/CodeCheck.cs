using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.SignIn;

/// <summary>What a code (or authenticator code) did; the account and destination only when it signed the person in.</summary>
public sealed record CodeCheck(CodeStepOutcome Outcome, PortalUser? User = null, string? ReturnUrl = null)
{
    public static readonly CodeCheck Wrong = new(CodeStepOutcome.WrongCode);
    public static readonly CodeCheck Expired = new(CodeStepOutcome.CodeExpired);
    public static readonly CodeCheck Ended = new(CodeStepOutcome.Ended);
}
