using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.CaseSystem.Changes;

/// <summary>Configuration "CaseSystem": where changes for the state's case system are written, and how patiently.</summary>
public sealed class CaseSystemOptions
{
    public const string Section = "CaseSystem";

    /// <summary>The case system's inbound folder (relative to the app's folder). Changes wait in the database while it is empty.</summary>
    public string? ExportFolder { get; set; }

    [Range(1, 500)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claim keeps other instances away; far longer than writing one small file takes.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The wait after a failed write (the folder is missing or full); it doubles with each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often an idle export looks for changes it was not told about (saved by another instance).</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>/health reports Degraded when a change has waited to be written, or for its answer, longer than this.</summary>
    public TimeSpan WaitingAgeWarning { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan UnansweredAgeWarning { get; set; } = TimeSpan.FromDays(2);

    /// <summary>
    /// The case system's RSA public key (PEM), under which values only it may read (an applicant's SSN) are sealed
    /// (<see cref="CaseSystemSealer"/>). Required outside Development, where the app refuses to start without it: a key
    /// made for the process would seal SSNs that the case system can never open.
    /// </summary>
    public string? SealingPublicKey { get; set; }

    public const string SealingKeyRequired =
        "CaseSystem:SealingPublicKey is required outside Development: set it to the case system's RSA public key (PEM), under which applicants' SSNs are sealed.";

    public const string SealingKeyUnusable = "CaseSystem:SealingPublicKey must be an RSA public key (PEM) of at least 2048 bits.";

    /// <summary>The development stand-in for the case system (<see cref="CaseSystemStandIn"/>): off unless set.</summary>
    public CaseSystemStandInOptions StandIn { get; set; } = new();

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}

/// <summary>Configuration "CaseSystem:StandIn".</summary>
public sealed class CaseSystemStandInOptions
{
    public bool Enabled { get; set; }

    /// <summary>Where the stand-in drops its answers: the portal's import folder (CaseRecords:ImportFolder).</summary>
    public string? AnswerFolder { get; set; }

    /// <summary>How long the stand-in "takes" to answer, so the demo shows a change sent, then accepted.</summary>
    public TimeSpan AnswerAfter { get; set; } = TimeSpan.FromSeconds(4);
}
