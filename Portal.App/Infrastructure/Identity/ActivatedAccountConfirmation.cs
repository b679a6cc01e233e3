using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// Identity's "may this account sign in" question (SignIn.RequireConfirmedAccount): only once registration
/// finished, with the email verified and password, security questions and PIN set. An account still part
/// way through registration, or abandoned, cannot sign in.
/// </summary>
public sealed class ActivatedAccountConfirmation : IUserConfirmation<PortalUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<PortalUser> manager, PortalUser user) =>
        Task.FromResult(user.EmailConfirmed && user.ActivatedAt is not null);
}
