namespace Portal.App.Features.Accounts.Recovery;

/// <summary>What answering the security questions led to.</summary>
public abstract record RecoveryAnswerResult
{
    private RecoveryAnswerResult() { }

    /// <summary>
    /// One answer for every failure: a wrong answer, decoy questions (no such account), or recovery locked
    /// after too many wrong answers. It never says which answer was wrong.
    /// </summary>
    public sealed record Failed : RecoveryAnswerResult;

    /// <summary>"Forgot username": the username, also emailed to the account.</summary>
    public sealed record UsernameRecovered(string UserName) : RecoveryAnswerResult;

    /// <summary>"Forgot password": the person may now choose a new password.</summary>
    public sealed record PasswordResetAllowed(PasswordResetTicket Ticket) : RecoveryAnswerResult;
}
