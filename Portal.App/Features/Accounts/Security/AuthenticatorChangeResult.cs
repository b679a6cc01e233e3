namespace Portal.App.Features.Accounts.Security;

/// <summary>
/// The outcome of a change to the authenticator; when done, the ticket that keeps this browser signed in (turned off,
/// see <see cref="SessionRenewal"/>) or the new recovery codes (shown once).
/// </summary>
public sealed record AuthenticatorChangeResult(AuthenticatorChangeOutcome Outcome, string? RenewalTicket = null, IReadOnlyList<string>? RecoveryCodes = null);
