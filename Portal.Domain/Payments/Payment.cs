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

    /// <summary>When the case system applied the payment to the account; null until it says so (older exports never do).</summary>
    public DateOnly? AppliedOn { get; private set; }

    /// <summary>The case system's allocation to the month's support (zero until <see cref="AppliedOn"/> is set).</summary>
    public Money AppliedToCurrent { get; private set; }

    /// <summary>The case system's allocation to arrears (zero until <see cref="AppliedOn"/> is set).</summary>
    public Money AppliedToArrears { get; private set; }

    /// <summary>How the money reached the receiving parent; null until disbursed, or when the export did not say.</summary>
    public DisbursementMethod? DisbursementMethod { get; private set; }

    /// <summary>The last 4 digits of the receiving parent's account or card it went to: never more.</summary>
    public string? DisbursedToLast4 { get; private set; }

    /// <summary>The payment processor's reference of a payment made online, which ties it to the portal's record of it.</summary>
    public string? ProcessorReference { get; private set; }

    /// <summary>Whether the payment counts towards the support owed.</summary>
    public bool Counts => Status != PaymentStatus.Reversed;

    /// <summary>
    /// Moves the payment to the stage the case system reports, if that is a later one (received, then held or sent on,
    /// then possibly returned); false, changing nothing, when it is the same or an earlier stage.
    /// </summary>
    public bool MoveTo(PaymentStatus status, DateOnly? disbursedOn = null, DisbursementMethod? method = null, string? toLast4 = null)
    {
        var later = (Status, status) is (PaymentStatus.Received, not PaymentStatus.Received)
            or (PaymentStatus.Held, PaymentStatus.Disbursed or PaymentStatus.Reversed)
            or (PaymentStatus.Disbursed, PaymentStatus.Reversed);
        if (!later) return false;
        switch (status)
        {
            case PaymentStatus.Disbursed: Disburse(disbursedOn ?? throw new ArgumentNullException(nameof(disbursedOn), "A disbursed payment needs its date."), method, toLast4); break;
            case PaymentStatus.Held: Hold(); break;
            case PaymentStatus.Reversed: Reverse(); break;
        }
        return true;
    }

    /// <summary>Records the case system's allocation; the parts may be less than the amount (the rest is kept as a credit).</summary>
    public void Apply(DateOnly appliedOn, Money toCurrent, Money toArrears)
    {
        if (appliedOn < ReceivedOn) throw new ArgumentOutOfRangeException(nameof(appliedOn), "A payment cannot be applied before it was received.");
        if (toCurrent < Money.Zero || toArrears < Money.Zero || toCurrent + toArrears > Amount)
            throw new ArgumentOutOfRangeException(nameof(toCurrent), "An allocation is two non-negative parts of the amount.");
        AppliedOn = appliedOn;
        AppliedToCurrent = toCurrent;
        AppliedToArrears = toArrears;
    }

    /// <summary>Records the payment processor's reference of a payment made online.</summary>
    public void MadeOnline(string processorReference)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(processorReference);
        ProcessorReference = processorReference;
    }

    /// <summary>Sent on to the receiving parent, with how and to which account (its last 4) when the export says.</summary>
    public void Disburse(DateOnly disbursedOn, DisbursementMethod? method, string? toLast4)
    {
        if (toLast4 is not null && (toLast4.Length != 4 || !toLast4.All(char.IsAsciiDigit)))
            throw new ArgumentException("Only the last 4 digits of an account are kept.", nameof(toLast4));
        Disburse(disbursedOn);
        DisbursementMethod = method;
        DisbursedToLast4 = method is null ? null : toLast4;
    }

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
