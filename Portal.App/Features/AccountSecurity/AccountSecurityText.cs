namespace Portal.App.Features.AccountSecurity;

/// <summary>Marker for the account security pages' resources (AccountSecurityText.resx).</summary>
public sealed class AccountSecurityText;
