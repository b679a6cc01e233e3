using Portal.Domain.Calendar;

namespace Portal.Domain.Payments;

/// <summary>
/// "Where is my money?": a payment's way from the payer to the family, stage by stage, each with the day it was reached
/// or, until then, the day it is expected by, and whether it is late. The dates follow the rules the state answers to:
/// money received is applied the day it is received and sent on within <see cref="DisbursementDue"/>'s 2 business days.
/// </summary>
public static class PaymentTracker
{
    /// <summary>The timeline of a payment the case system has posted (<paramref name="posted"/>), made online or not.</summary>
    /// <param name="application">How the ledger applied it, used when the case system's export gave no allocation.</param>
    /// <param name="submittedOnline">The day it was paid in the portal, when it was; the first stage.</param>
    /// <param name="today">Arizona's date.</param>
    public static PaymentTimeline For(Payment posted, PaymentApplication? application, DateOnly? submittedOnline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(posted);
        var stages = new List<TrackerStage>(4);
        if (submittedOnline is { } submitted) stages.Add(TrackerStage.Reached(PaymentStage.SubmittedOnline, submitted));
        stages.Add(TrackerStage.Reached(PaymentStage.Received, posted.ReceivedOn));

        var (toCurrent, toArrears) = posted.AppliedOn is not null ? (posted.AppliedToCurrent, posted.AppliedToArrears)
            : application is not null ? (application.ToCurrent, application.ToArrears) : (Money.Zero, Money.Zero);
        if (posted.Status == PaymentStatus.Reversed)
        {
            return new PaymentTimeline(stages, PaymentOutcome.Reversed, Money.Zero, Money.Zero);
        }
        // Credited on receipt: an export without the allocation's date still means the payment counts from that day.
        stages.Add(TrackerStage.Reached(PaymentStage.Applied, posted.AppliedOn ?? posted.ReceivedOn));

        var sendBy = DisbursementDue.For(posted.ReceivedOn);
        stages.Add(posted.Status switch
        {
            PaymentStatus.Disbursed => new TrackerStage(PaymentStage.Sent, posted.DisbursedOn, sendBy, posted.DisbursedOn > sendBy),
            PaymentStatus.Held => new TrackerStage(PaymentStage.Sent, null, null, false),
            _ => new TrackerStage(PaymentStage.Sent, null, sendBy, today > sendBy),
        });
        var outcome = posted.Status == PaymentStatus.Held ? PaymentOutcome.Held : PaymentOutcome.OnItsWay;
        return new PaymentTimeline(stages, outcome, toCurrent, toArrears);
    }

    /// <summary>
    /// The timeline of a payment made online that the case system has not posted yet: submitted, and the days the
    /// later stages are expected by, counted from <paramref name="expectedReceivedBy"/> (the processor's settlement).
    /// </summary>
    public static PaymentTimeline Submitted(DateOnly submittedOn, DateOnly expectedReceivedBy, DateOnly today)
    {
        if (expectedReceivedBy < submittedOn) throw new ArgumentOutOfRangeException(nameof(expectedReceivedBy), "A payment cannot arrive before it was made.");
        return new PaymentTimeline(
            [
                TrackerStage.Reached(PaymentStage.SubmittedOnline, submittedOn),
                new TrackerStage(PaymentStage.Received, null, expectedReceivedBy, today > expectedReceivedBy),
                new TrackerStage(PaymentStage.Applied, null, expectedReceivedBy, false),
                new TrackerStage(PaymentStage.Sent, null, DisbursementDue.For(expectedReceivedBy), false),
            ],
            PaymentOutcome.OnItsWay, Money.Zero, Money.Zero);
    }

    /// <summary>
    /// The last day an online payment should reach the state's payment processing unit: the next business day for a
    /// card (authorised at once, settled overnight), 2 business days for a bank debit (ACH settles in 1-2 days).
    /// </summary>
    public static DateOnly ReceivedBy(DateOnly submittedOn, bool byBankDebit) =>
        BusinessDays.After(submittedOn, byBankDebit ? 2 : 1);
}

public enum PaymentStage
{
    /// <summary>Paid in the portal: the processor accepted it.</summary>
    SubmittedOnline,
    /// <summary>Received by the state's payment processing unit and posted to the case.</summary>
    Received,
    /// <summary>Applied to the month's support, arrears, or both.</summary>
    Applied,
    /// <summary>Sent on to the receiving parent.</summary>
    Sent,
}

/// <summary>Where a payment's way ends: on its way (or arrived), held before it is sent, or returned.</summary>
public enum PaymentOutcome
{
    OnItsWay,
    /// <summary>Kept by the state before sending (e.g. a tax intercept under review): no date can be promised.</summary>
    Held,
    /// <summary>Returned (e.g. insufficient funds): it does not count and nothing is sent.</summary>
    Reversed,
}

/// <summary>One stage: the day it was reached, else null; the day it is due by, when a rule sets one; late past that day.</summary>
public sealed record TrackerStage(PaymentStage Stage, DateOnly? ReachedOn, DateOnly? ExpectedBy, bool Late)
{
    public bool IsReached => ReachedOn is not null;

    public static TrackerStage Reached(PaymentStage stage, DateOnly on) => new(stage, on, null, false);
}

/// <summary>A payment's stages in order, how its way ends, and the allocation shown at the "applied" stage.</summary>
public sealed record PaymentTimeline(IReadOnlyList<TrackerStage> Stages, PaymentOutcome Outcome, Money ToCurrent, Money ToArrears)
{
    /// <summary>The first stage not reached yet: the one a parent is waiting for.</summary>
    public TrackerStage? Next => Stages.FirstOrDefault(s => !s.IsReached);

    public bool IsLate => Stages.Any(s => s.Late);
}
