namespace Portal.Domain.Payments;

/// <summary>
/// One reason behind a figure of a <see cref="StatementMonth"/>, as data: the app words it in the reader's language
/// (e.g. <see cref="OrderChanged"/> as "Your order changed from $400 to $450 on March 1").
/// </summary>
public abstract record StatementExplanation
{
    private StatementExplanation() { }

    /// <summary>Arrears from before last month, still unpaid on the first.</summary>
    public sealed record ArrearsBroughtForward(Money Amount) : StatementExplanation;

    /// <summary>Support of <paramref name="Month"/> left unpaid at its end, which became arrears on the first.</summary>
    public sealed record UnpaidSupportBecameArrears(DateOnly Month, Money Amount) : StatementExplanation;

    /// <summary>Paid beyond everything due in earlier months.</summary>
    public sealed record CreditBroughtForward(Money Amount) : StatementExplanation;

    /// <summary>Support starts: an order from <paramref name="StartedOn"/>, its first installment due on <paramref name="FirstDueOn"/>.</summary>
    public sealed record OrderStarted(Money MonthlyAmount, DateOnly StartedOn, DateOnly FirstDueOn) : StatementExplanation;

    /// <summary>A modification: the monthly support went from <paramref name="From"/> to <paramref name="To"/>, ordered from <paramref name="On"/>.</summary>
    public sealed record OrderChanged(Money From, Money To, DateOnly On) : StatementExplanation;

    /// <summary>No support falls due any more: the order ended on <paramref name="EndedOn"/>.</summary>
    public sealed record OrderEnded(Money MonthlyAmount, DateOnly EndedOn) : StatementExplanation;

    /// <summary>The month's installment, due on the first.</summary>
    public sealed record SupportDue(Money Amount, DateOnly DueOn) : StatementExplanation;

    /// <summary>Part or all of the month's support paid by the credit brought forward.</summary>
    public sealed record CreditApplied(Money Amount) : StatementExplanation;

    /// <summary>A payment received, and how it was applied (the three parts add up to <paramref name="Amount"/>).</summary>
    public sealed record PaymentApplied(string ReceiptNumber, DateOnly ReceivedOn, Money Amount, Money ToCurrent, Money ToArrears, Money ToCredit)
        : StatementExplanation;

    /// <summary>A payment received and then returned (e.g. insufficient funds): it does not count.</summary>
    public sealed record PaymentReversed(string ReceiptNumber, DateOnly ReceivedOn, Money Amount) : StatementExplanation;

    /// <summary>
    /// The month's support still unpaid on <see cref="StatementMonth.Through"/>: in a closed month it becomes arrears
    /// on the next first; in the statement's last month it is still due this month.
    /// </summary>
    public sealed record SupportUnpaid(Money Amount, bool BecomesArrears) : StatementExplanation;

    /// <summary>Paid beyond everything due, kept to pay the next installments.</summary>
    public sealed record CreditCarried(Money Amount) : StatementExplanation;
}
