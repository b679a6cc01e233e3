namespace Portal.Domain.Payments;

public sealed class Payment
{
    private Payment()
    {
        ReceiptNumber = string.Empty;
    }

    public Payment(int caseId, string receiptNumber, DateOnly receivedOn, Money amount, PaymentSource source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receiptNumber);
        if (amount <= Money.Zero) throw new ArgumentOutOfRangeException(nameof(amount), "A payment is for a positive amount.");
        CaseId = caseId;
        ReceiptNumber = receiptNumber;
        ReceivedOn = receivedOn;
        Amount = amount;
        Source = source;
        Status = PaymentStatus.Received;
    }

    public long Id { get; private set; }
    public int CaseId { get; private set; }

    /// <summary>The state's receipt number: unique, so re-importing a payment never counts it twice.</summary>
    public string ReceiptNumber { get; private set; }
    public DateOnly ReceivedOn { get; private set; }
    public Money Amount { get; private set; }
    public PaymentSource Source { get; private set; }
    public PaymentStatus Status { get; private set; }
    public DateOnly? DisbursedOn { get; private set; }

    /// <summary>Whether the payment counts towards the support owed.</summary>
    public bool Counts => Status != PaymentStatus.Reversed;

    public void Disburse(DateOnly disbursedOn)
    {
        if (Status == PaymentStatus.Reversed) throw new InvalidOperationException("A reversed payment cannot be disbursed.");
        if (disbursedOn < ReceivedOn) throw new ArgumentOutOfRangeException(nameof(disbursedOn), "A payment cannot be disbursed before it was received.");
        Status = PaymentStatus.Disbursed;
        DisbursedOn = disbursedOn;
    }

    public void Hold()
    {
        if (Status != PaymentStatus.Received) throw new InvalidOperationException("Only a payment not yet disbursed can be held.");
        Status = PaymentStatus.Held;
    }

    public void Reverse()
    {
        Status = PaymentStatus.Reversed;
        DisbursedOn = null;
    }
}
