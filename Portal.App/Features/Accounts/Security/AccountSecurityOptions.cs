using System.ComponentModel.DataAnnotations;

namespace Portal.App.Features.Accounts.Security;

/// <summary>Configuration "AccountSecurity": how the authenticator app names the portal, and how many recovery codes an account gets.</summary>
public sealed class AccountSecurityOptions
{
    public const string Section = "AccountSecurity";

    /// <summary>The name an authenticator app shows beside the account's codes.</summary>
    [Required, MinLength(1)]
    public string AuthenticatorIssuer { get; set; } = "Arizona DCSS Portal";

    [Range(5, 20)]
    public int RecoveryCodeCount { get; set; } = 10;

    /// <summary>How long the link that keeps this browser signed in after a password change works.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:10:00")]
    public TimeSpan RenewalTicketLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
