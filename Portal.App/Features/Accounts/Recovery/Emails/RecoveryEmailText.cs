namespace Portal.App.Features.Accounts.Recovery.Emails;

/// <summary>The wording of the account recovery emails (RecoveryEmailText.resx, RecoveryEmailText.es.resx).</summary>
public sealed class RecoveryEmailText;
