using Portal.App.Features.Staff.CaseView;
using Portal.Domain.Cases;
using Portal.Domain.Payments;

namespace Portal.Tests.Features.Staff;

/// <summary>Dates a caseworker cannot mean, refused at the date field before anything is recorded.</summary>
public sealed class StaffEntryDateTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void A_payment_dated_0001_01_01_or_9999_12_31_is_refused_at_the_date_field()
    {
        Assert.Equal([StaffEntryProblem.DateTooEarly], StaffCaseRecording.Check(new StaffPaymentEntry(25m, DateOnly.MinValue, PaymentSource.DirectPayment), Today));
        Assert.Equal([StaffEntryProblem.DateInFuture], StaffCaseRecording.Check(new StaffPaymentEntry(25m, DateOnly.MaxValue, PaymentSource.DirectPayment), Today));
    }

    [Fact]
    public void A_case_action_dated_9999_12_31_or_0001_01_01_is_refused()
    {
        Assert.Equal([StaffEntryProblem.DateInFuture], StaffCaseRecording.Check(new StaffCaseActionEntry(CaseActionType.NoticeSent, DateOnly.MaxValue, "A notice"), Today));
        Assert.Equal([StaffEntryProblem.DateTooEarly], StaffCaseRecording.Check(new StaffCaseActionEntry(CaseActionType.NoticeSent, DateOnly.MinValue, "A notice"), Today));
    }
}
