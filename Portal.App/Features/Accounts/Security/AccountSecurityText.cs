namespace Portal.App.Features.Accounts.Security;

/// <summary>Marker for the account security page's resources (AccountSecurityText.resx), shared by its components.</summary>
public sealed class AccountSecurityText;
