namespace Portal.App.Features.Accounts.Security.Emails;

/// <summary>The wording of the account security page's notices (SecurityEmailText.resx, SecurityEmailText.es.resx).</summary>
public sealed class SecurityEmailText;
