namespace Portal.App.Features.Accounts.Recovery;

/// <summary>Where a recovery page is: the questions depend only on what was typed first, so they can be asked again.</summary>
public enum RecoveryStep
{
    Lookup,
    Questions,
    NewPassword,
}
