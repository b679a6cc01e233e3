namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// What was typed on "Forgot username" or "Forgot password" and how far the person got. The page declares it
/// [PersistentState], so a page resumed after its connection was lost comes back at the same step with the same email
/// and case number. It never holds the answers, the reset proof or a password: those live in the circuit only and are
/// asked for again.
/// </summary>
public sealed class RecoveryProgress
{
    public string? Email { get; set; }
    public string? CaseNumber { get; set; }
    public RecoveryStep Step { get; set; }
}
