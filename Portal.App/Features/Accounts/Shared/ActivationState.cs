using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>What the activation page needs for a link: the next step and what the step's rules check against.</summary>
/// <param name="CanSendNewLink">The link no longer works but the account still waits for activation.</param>
public sealed record ActivationState(ActivationStep Step, string? DisplayName, string? UserName, PasswordContext PasswordContext, DateOnly? DateOfBirth, bool CanSendNewLink)
{
    public static ActivationState Problem(ActivationStep step, bool canSendNewLink = false) => new(step, null, null, PasswordContext.None, null, canSendNewLink);
}
