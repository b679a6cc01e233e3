using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// Proof, held in the circuit, that the security questions were answered: Identity's password-reset token for
/// the account (valid for <see cref="RecoveryOptions.PasswordResetLifetime"/>, and only until the password or
/// security stamp changes), and what the new password may not contain.
/// </summary>
public sealed record PasswordResetTicket(string UserId, string Token, PasswordContext PasswordContext);
