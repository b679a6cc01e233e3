using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Security;

/// <summary>The account's second factors as the security page shows them, and what a new password may not be built from.</summary>
public sealed record SecurityOverview(bool AuthenticatorEnabled, int RecoveryCodesLeft, PasswordContext PasswordContext);
