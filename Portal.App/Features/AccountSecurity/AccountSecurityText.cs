namespace Portal.App.Features.AccountSecurity;

/// <summary>Marker for the account security page's resources (AccountSecurityText.resx), shared by its components.</summary>
public sealed class AccountSecurityText;
