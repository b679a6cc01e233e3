using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Email;

/// <summary>Configuration "Email:Outbox": how patiently the dispatcher delivers.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Email:Outbox";

    /// <summary>How long a claim keeps other dispatchers away; longer than any one send can take.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 500)]
    public int BatchSize { get; set; } = 20;

    /// <summary>Attempts before a message that keeps failing transiently is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait before the second attempt; it doubles with each attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Quick retries within one attempt (Polly, exponential with jitter), for a blip rather than an outage.</summary>
    [Range(0, 10)]
    public int ImmediateRetries { get; set; } = 2;
    public TimeSpan ImmediateRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A provider asking to wait longer than this (Retry-After) is retried by a later attempt instead.</summary>
    public TimeSpan ImmediateRetryMaxWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often an idle dispatcher looks for messages it was not told about (queued by another instance).</summary>
    public TimeSpan IdleCheckInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>/health reports Degraded when the oldest pending message is older than this.</summary>
    public TimeSpan PendingAgeWarning { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RetryDelayAfter(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryDelay.Ticks, FirstRetryDelay.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
