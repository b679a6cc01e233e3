namespace Portal.App.Infrastructure.Email;

/// <summary>What a provider said about one attempt.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    /// <summary>The provider accepted the message (SendGrid 202, SMTP 250, the file is written).</summary>
    public sealed record Delivered(string? ProviderMessageId) : DeliveryResult;

    /// <summary>Try again later (SendGrid 429/5xx, SMTP 4xx, network errors); <paramref name="RetryAfter"/> is the provider's own wish.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : DeliveryResult;

    /// <summary>Trying again cannot help (SendGrid 4xx, SMTP 5xx): the message is marked failed.</summary>
    public sealed record Permanent(string Reason) : DeliveryResult;
}
