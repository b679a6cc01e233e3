namespace Portal.App.Features.Cases.Payments;

/// <summary>What happened when a parent asked to pay.</summary>
public abstract record PaymentStartResult
{
    private PaymentStartResult()
    {
    }

    /// <summary>Something at a field must be fixed first; nothing was created.</summary>
    public sealed record Refused(IReadOnlyList<PaymentField> Problems) : PaymentStartResult;

    /// <summary>Send the browser to the processor's page.</summary>
    public sealed record ToProcessor(Uri PaymentPage) : PaymentStartResult;

    /// <summary>This form was already paid (or refused): show that payment, never pay it again.</summary>
    public sealed record AlreadyDone(Guid PaymentId) : PaymentStartResult;

    /// <summary>No processor, or the case is not one the parent pays on.</summary>
    public sealed record Unavailable : PaymentStartResult;
}
