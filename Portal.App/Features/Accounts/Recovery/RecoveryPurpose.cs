namespace Portal.App.Features.Accounts.Recovery;

/// <summary>What the answers to the security questions unlock.</summary>
public enum RecoveryPurpose
{
    Username,
    Password,
}
