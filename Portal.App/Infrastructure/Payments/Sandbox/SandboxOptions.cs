namespace Portal.App.Infrastructure.Payments.Sandbox;

/// <summary>Configuration "Payments:Sandbox": the stand-in processor that runs inside the app (docs/payments.md).</summary>
public sealed class SandboxOptions
{
    public const string Section = "Payments:Sandbox";

    public const string OutsideDevelopmentRefusal =
        "Payments:Processor is Sandbox outside Development: parents would \"pay\" on a test page and no money would move. " +
        "Configure a real processor, or, for a throw-away test server only, set Payments:Sandbox:AllowOutsideDevelopmentUnsafe=true.";

    /// <summary>Lets the sandbox run outside Development (a demo or load server). Named "Unsafe" so a review cannot miss it.</summary>
    public bool AllowOutsideDevelopmentUnsafe { get; set; }

    /// <summary>The sandbox's webhook signing key (base64, at least 32 bytes); a fresh random key per process when empty.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Where the sandbox delivers its webhooks; by default the portal's own address the session came from.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Deliveries of one webhook before the sandbox gives up (the portal's page then says it is still confirming).</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 10)]
    public int WebhookAttempts { get; set; } = 3;

    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
