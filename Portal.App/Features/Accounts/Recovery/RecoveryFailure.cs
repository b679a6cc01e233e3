namespace Portal.App.Features.Accounts.Recovery;

/// <summary>Why answers failed: only logged, never shown (the page shows one message for all).</summary>
public enum RecoveryFailure
{
    NoAccount,
    WrongAnswers,
    WrongCaseNumber,
    Locked,
}
