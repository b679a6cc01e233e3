using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Identity;

/// <summary>Configuration "Session": how long a signed-in session lasts, and how often open pages re-check the account.</summary>
public sealed class PortalSessionOptions : IValidatableObject
{
    public const string Section = "Session";

    /// <summary>A session with no activity for this long ends (the page warns a couple of minutes before).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after sign-in, active or not.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How often an open page (a live circuit) checks that its account is still as it was at sign-in: same
    /// security stamp (a password reset changes it), not locked, not disabled. At most 5 minutes.
    /// </summary>
    public TimeSpan RevalidationInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long before the idle timeout the page warns.</summary>
    public TimeSpan IdleWarning { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>A session's "last seen" is written at most this often (not on every request).</summary>
    public TimeSpan ActivityRecordInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long one instance trusts a "still signed in" answer before reading the stored session again. Endings made
    /// by this instance apply at once; one made by another instance reaches this one within this time. At most a minute.
    /// </summary>
    public TimeSpan ActiveCheckCacheTime { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleTimeout <= TimeSpan.Zero) yield return new($"{Section}:IdleTimeout must be positive.", [nameof(IdleTimeout)]);
        if (AbsoluteLifetime < IdleTimeout) yield return new($"{Section}:AbsoluteLifetime must be at least the IdleTimeout.", [nameof(AbsoluteLifetime)]);
        if (RevalidationInterval <= TimeSpan.Zero || RevalidationInterval > TimeSpan.FromMinutes(5))
            yield return new($"{Section}:RevalidationInterval must be more than zero and at most 5 minutes.", [nameof(RevalidationInterval)]);
        if (ActivityRecordInterval <= TimeSpan.Zero || ActivityRecordInterval > TimeSpan.FromHours(1))
            yield return new($"{Section}:ActivityRecordInterval must be more than zero and at most an hour.", [nameof(ActivityRecordInterval)]);
        if (ActiveCheckCacheTime < TimeSpan.Zero || ActiveCheckCacheTime > TimeSpan.FromMinutes(1))
            yield return new($"{Section}:ActiveCheckCacheTime must be between zero and a minute.", [nameof(ActiveCheckCacheTime)]);
        if (IdleWarning <= TimeSpan.Zero || IdleWarning >= IdleTimeout) yield return new($"{Section}:IdleWarning must be positive and shorter than the IdleTimeout.", [nameof(IdleWarning)]);
    }
}
