namespace Portal.App.Features.Accounts.Recovery;

/// <summary>Names the resources (RecoveryText.resx, RecoveryText.es.resx) that the recovery pages and their parts share.</summary>
public sealed class RecoveryText;
