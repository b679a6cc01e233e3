namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// Marker for AccountSetupText.resx: the wording of setting up what an account is made of (password and its rules,
/// security questions, phone PIN), shared by registration, recovery and account security.
/// </summary>
public sealed class AccountSetupText;
