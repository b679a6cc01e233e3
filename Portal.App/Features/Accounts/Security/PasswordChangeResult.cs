namespace Portal.App.Features.Accounts.Security;

/// <summary>The outcome of a password change; when changed, the ticket that keeps this browser signed in (see <see cref="SessionRenewal"/>).</summary>
public sealed record PasswordChangeResult(PasswordChangeOutcome Outcome, string? RenewalTicket = null);
