namespace Portal.App.Features.Cases.Payments;

/// <summary>What the portal made of a processor's webhook; only <see cref="Recorded"/> and <see cref="AlreadyFinal"/> are accepted.</summary>
public enum WebhookResult
{
    /// <summary>The payment's result was recorded.</summary>
    Recorded,

    /// <summary>A new event about a payment whose result was already recorded (a duplicate): accepted, nothing changed.</summary>
    AlreadyFinal,

    /// <summary>No signature header, or not one in our scheme.</summary>
    NotSigned,

    BadSignature,

    /// <summary>Signed too long ago (or ahead): a replay of an old message.</summary>
    Stale,

    /// <summary>An event id already processed: a replay.</summary>
    Replayed,

    /// <summary>Signed, but not an event the contract knows, or not matching the payment it names.</summary>
    Malformed,

    /// <summary>Signed, but for no payment the portal started.</summary>
    UnknownPayment,

    /// <summary>No processor is configured.</summary>
    NoProcessor,
}
