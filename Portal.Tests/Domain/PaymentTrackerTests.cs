using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public sealed class PaymentTrackerTests
{
    private static readonly DateOnly Tuesday = new(2026, 12, 8);

    [Fact]
    public void A_payment_received_and_not_yet_sent_shows_when_it_is_due_to_reach_the_family()
    {
        var payment = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.WageWithholding);

        var timeline = PaymentTracker.For(payment, new PaymentApplication(payment, Money.Dollars(250m), Money.Dollars(50m), Money.Zero), null, today: Tuesday);

        Assert.Equal([PaymentStage.Received, PaymentStage.Applied, PaymentStage.Sent], timeline.Stages.Select(s => s.Stage));
        Assert.Equal(Tuesday, timeline.Stages[1].ReachedOn);
        Assert.Equal(new TrackerStage(PaymentStage.Sent, null, new DateOnly(2026, 12, 10), false), timeline.Next);
        Assert.Equal((Money.Dollars(250m), Money.Dollars(50m)), (timeline.ToCurrent, timeline.ToArrears));
        Assert.False(timeline.IsLate);
    }

    [Fact]
    public void Not_sent_after_the_second_business_day_is_late_and_sent_late_stays_marked_late()
    {
        var waiting = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);
        Assert.False(PaymentTracker.For(waiting, null, null, today: new DateOnly(2026, 12, 10)).IsLate);
        Assert.True(PaymentTracker.For(waiting, null, null, today: new DateOnly(2026, 12, 11)).IsLate);

        var sentLate = new Payment(1, "R2", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);
        sentLate.Disburse(new DateOnly(2026, 12, 14), DisbursementMethod.DirectDeposit, "4321");
        var sent = PaymentTracker.For(sentLate, null, null, today: new DateOnly(2026, 12, 20)).Stages[^1];
        Assert.Equal(new TrackerStage(PaymentStage.Sent, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 10), true), sent);
    }

    [Fact]
    public void The_case_systems_allocation_wins_over_the_ledgers_and_its_date_is_the_applied_stage()
    {
        var payment = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);
        payment.Apply(new DateOnly(2026, 12, 9), Money.Dollars(100m), Money.Dollars(200m));

        var timeline = PaymentTracker.For(payment, new PaymentApplication(payment, Money.Dollars(300m), Money.Zero, Money.Zero), null, Tuesday);

        Assert.Equal(new DateOnly(2026, 12, 9), timeline.Stages.Single(s => s.Stage == PaymentStage.Applied).ReachedOn);
        Assert.Equal((Money.Dollars(100m), Money.Dollars(200m)), (timeline.ToCurrent, timeline.ToArrears));
    }

    [Fact]
    public void A_held_payment_promises_no_date_and_a_returned_one_stops_at_receipt()
    {
        var held = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.FederalTaxIntercept);
        held.Hold();
        var heldTimeline = PaymentTracker.For(held, null, null, today: new DateOnly(2027, 1, 20));
        Assert.Equal(PaymentOutcome.Held, heldTimeline.Outcome);
        Assert.Equal(new TrackerStage(PaymentStage.Sent, null, null, false), heldTimeline.Next);
        Assert.False(heldTimeline.IsLate);

        var returned = new Payment(1, "R2", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);
        returned.Reverse();
        var returnedTimeline = PaymentTracker.For(returned, null, null, Tuesday);
        Assert.Equal(PaymentOutcome.Reversed, returnedTimeline.Outcome);
        Assert.Equal([PaymentStage.Received], returnedTimeline.Stages.Select(s => s.Stage));
    }

    [Fact]
    public void A_payment_made_online_starts_with_its_submission_and_expects_each_stage_in_business_days()
    {
        // Friday 4 December 2026 by card: received by Monday, sent on by Wednesday.
        var friday = new DateOnly(2026, 12, 4);
        var receivedBy = PaymentTracker.ReceivedBy(friday, byBankDebit: false);
        Assert.Equal(new DateOnly(2026, 12, 7), receivedBy);
        Assert.Equal(new DateOnly(2026, 12, 8), PaymentTracker.ReceivedBy(friday, byBankDebit: true));

        var timeline = PaymentTracker.Submitted(friday, receivedBy, today: friday);

        Assert.Equal(friday, timeline.Stages[0].ReachedOn);
        Assert.Equal([null, receivedBy, receivedBy, new DateOnly(2026, 12, 9)], timeline.Stages.Select(s => s.ExpectedBy));
        Assert.False(timeline.IsLate);
        Assert.True(PaymentTracker.Submitted(friday, receivedBy, today: new DateOnly(2026, 12, 8)).IsLate);
    }

    [Fact]
    public void Once_posted_an_online_payment_keeps_its_submission_day_as_the_first_stage()
    {
        var payment = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);
        payment.MadeOnline("SBX-123");

        var timeline = PaymentTracker.For(payment, null, submittedOnline: new DateOnly(2026, 12, 7), Tuesday);

        Assert.Equal([PaymentStage.SubmittedOnline, PaymentStage.Received, PaymentStage.Applied, PaymentStage.Sent], timeline.Stages.Select(s => s.Stage));
    }

    [Fact]
    public void Only_the_last_4_digits_of_the_account_paid_to_are_kept()
    {
        var payment = new Payment(1, "R1", Tuesday, Money.Dollars(300m), PaymentSource.DirectPayment);

        Assert.Throws<ArgumentException>(() => payment.Disburse(Tuesday, DisbursementMethod.DirectDeposit, "123456789"));
        payment.Disburse(Tuesday, DisbursementMethod.DebitCard, "0042");
        Assert.Equal(("0042", DisbursementMethod.DebitCard), (payment.DisbursedToLast4, payment.DisbursementMethod));
    }
}
