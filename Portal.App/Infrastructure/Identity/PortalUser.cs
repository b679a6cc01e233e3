using Microsoft.AspNetCore.Identity;
using Portal.Domain.Accounts;

namespace Portal.App.Infrastructure.Identity;

/// <summary>A portal account: a parent's (linked to their participant record by PersonId) or a staff member's.</summary>
public sealed class PortalUser : IdentityUser
{
    /// <summary>The case system's id of the parent this account belongs to; null for staff.</summary>
    public string? PersonId { get; set; }

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The language emails and pages use for this person: "en-US" or "es-US".</summary>
    public string PreferredCulture { get; set; } = "en-US";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The registration (wizard draft) that created this account: a resubmission of it creates nothing more.</summary>
    public Guid? RegistrationId { get; set; }

    /// <summary>For parents: how they prefer the agency to reach them.</summary>
    public ContactMethod? PreferredContact { get; set; }

    /// <summary>
    /// When the parent finished activation (password, security questions and phone PIN, through the emailed
    /// link). Sign-in requires it, as well as <see cref="IdentityUser.EmailConfirmed"/>.
    /// </summary>
    public DateTimeOffset? ActivatedAt { get; set; }

    /// <summary>The six-digit phone PIN for the Customer Service Center, hashed with Identity's password hasher.</summary>
    public string? PhonePinHash { get; set; }

    /// <summary>When the account last completed a sign-in (both steps).</summary>
    public DateTimeOffset? LastSignInAt { get; set; }

    /// <summary>
    /// When the last wrong password was entered: failures older than the lockout window no longer count
    /// (Identity's own counter has no window).
    /// </summary>
    public DateTimeOffset? LastFailedSignInAt { get; set; }

    /// <summary>Set when staff disable portal access: the account cannot sign in and its open sessions end.</summary>
    public DateTimeOffset? AccessDisabledAt { get; set; }

    /// <summary>
    /// Set when staff reset the security questions (the old answers are deleted): the parent chooses new ones at
    /// their next sign-in (/account/security-questions), which clears it.
    /// </summary>
    public DateTimeOffset? SecurityQuestionsResetAt { get; set; }

    /// <summary>
    /// The RFC 6238 time step (Unix seconds / 30) of the last authenticator code accepted for this account; null when
    /// none has been since the key was set. A code is accepted only for a later step, so each code works once
    /// (RFC 6238 §5.2). Written only by <see cref="AuthenticatorCodeVerifier"/>'s conditional UPDATE statements, never
    /// by SaveChanges (see PortalUserConfiguration): a copy of the account read earlier must not save an older step back.
    /// </summary>
    public long? LastAuthenticatorStep { get; set; }
}
