using System.ComponentModel.DataAnnotations;

using Portal.App.Features.Accounts.Registration;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>Configuration "Registration": how many failed case matches and taken-username answers are allowed, and for how long links live.</summary>
public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>Failed matches allowed from one client (IP address) within <see cref="FailedMatchWindow"/>.</summary>
    [Range(1, 1000)]
    public int FailedMatchesPerClient { get; set; } = 5;

    /// <summary>
    /// Failed matches against one case number within <see cref="FailedMatchWindow"/>, whoever tries, after which
    /// the case is held back: only a client with no failed attempt on it in the window may still try (see CaseMatcher).
    /// </summary>
    [Range(1, 1000)]
    public int FailedMatchesPerCase { get; set; } = 5;

    public TimeSpan FailedMatchWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// "Apply for services" sign-ups one client (IP address) may make within <see cref="FailedMatchWindow"/>: with no case
    /// to match, this is what keeps the sign-up from being used to send verification emails to any address in bulk.
    /// </summary>
    [Range(1, 1000)]
    public int SignUpsPerClient { get; set; } = 5;

    /// <summary>How long a verification link works after it was sent (the seed: 24 hours).</summary>
    public TimeSpan VerificationLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An account whose email is still unverified after this long is deleted.</summary>
    public TimeSpan UnverifiedAccountLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>At most one "someone tried to register with your details" email per account within this time.</summary>
    public TimeSpan RegistrationNoticeInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>At most one new verification link per account within this time ("Send a new link").</summary>
    public TimeSpan NewLinkInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>"Username already taken" answers one registration draft may have within <see cref="UserNameCheckWindow"/>.</summary>
    [Range(1, 1000)]
    public int UserNameChecksPerDraft { get; set; } = 5;

    /// <summary>"Username already taken" answers one client (IP address) may have within <see cref="UserNameCheckWindow"/>, over all its drafts.</summary>
    [Range(1, 1000)]
    public int UserNameChecksPerClient { get; set; } = 15;

    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan UserNameCheckWindow { get; set; } = TimeSpan.FromHours(1);
}
