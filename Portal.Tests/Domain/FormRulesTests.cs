using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.Tests.Domain;

public sealed class FormRulesTests
{
    [Theory]
    [InlineData("011000015")] // Federal Reserve Bank of Boston
    [InlineData("021000021")] // JPMorgan Chase, New York
    [InlineData("122105155")] // U.S. Bank, Arizona
    [InlineData("322271627")] // Chase, California
    [InlineData("1221-0515 5")] // as typed from a check, with a space and a hyphen
    public void Real_routing_numbers_pass_the_ABA_check(string routing) => Assert.True(RoutingNumber.IsValid(routing));

    [Theory]
    [InlineData("122105156")] // one digit mistyped
    [InlineData("212105155")] // two neighbours swapped
    [InlineData("12210515")] // eight digits
    [InlineData("1221051550")] // ten digits
    [InlineData("12210515a")]
    [InlineData("131000015")] // 13 names no Federal Reserve district (and the sum is a multiple of ten)
    [InlineData("")]
    [InlineData(null)]
    public void Mistyped_or_impossible_routing_numbers_fail(string? routing) => Assert.False(RoutingNumber.IsValid(routing));

    [Theory]
    [InlineData("1234", true)]
    [InlineData("12345678901234567", true)]
    [InlineData("123", false)]
    [InlineData("123456789012345678", false)]
    [InlineData("1234-5678 90", true)]
    [InlineData("12AB5678", false)]
    public void Account_numbers_have_four_to_seventeen_digits(string account, bool valid) => Assert.Equal(valid, BankAccountNumber.IsValid(account));

    [Theory]
    [InlineData("José García", "Jose", "Garcia")]
    [InlineData("jose garcia", "José", "García")]
    [InlineData("  JOSÉ   GARCÍA  ", "José", "García")]
    [InlineData("José Luis García", "José", "García")]
    [InlineData("María García-López", "María", "García López")]
    [InlineData("Maria Garcia Lopez", "María", "García-López")]
    [InlineData("Dan O'Brien", "Dan", "OBrien")]
    [InlineData("Ana María Pérez", "Ana María", "Pérez")]
    public void The_signature_matches_the_name_whatever_the_case_accents_and_punctuation(string typed, string first, string last) =>
        Assert.True(SignatureName.Matches(typed, first, last));

    [Theory]
    [InlineData("Jose", "José", "García")]
    [InlineData("García José", "José", "García")]
    [InlineData("Josh Garcia", "José", "García")]
    [InlineData("José Garcías", "José", "García")]
    [InlineData("", "José", "García")]
    [InlineData(null, "José", "García")]
    public void Another_name_or_half_a_name_does_not_sign(string? typed, string first, string last) =>
        Assert.False(SignatureName.Matches(typed, first, last));

    [Fact]
    public void The_receiving_parent_may_give_any_closure_reason_the_paying_parent_only_facts_and_a_child_none()
    {
        Assert.Equal(Enum.GetValues<CaseClosureReason>(), CaseClosureRules.ReasonsFor(ParticipantRole.CustodialParent));
        Assert.Equal([CaseClosureReason.NoCurrentOrderLittleOwed, CaseClosureReason.PayingParentLivesWithChild, CaseClosureReason.PayingParentOnlyHasSsi],
            CaseClosureRules.ReasonsFor(ParticipantRole.NonCustodialParent));
        Assert.False(CaseClosureRules.MayAsk(ParticipantRole.NonCustodialParent, CaseClosureReason.ServicesNoLongerWanted));
        Assert.False(CaseClosureRules.MayAsk(ParticipantRole.NonCustodialParent, CaseClosureReason.PayingParentDied));
        Assert.Empty(CaseClosureRules.ReasonsFor(ParticipantRole.Child));
    }

    [Theory]
    [InlineData(DebitFrequency.Monthly, 450.00)]
    [InlineData(DebitFrequency.TwiceMonthly, 225.00)]
    [InlineData(DebitFrequency.EveryTwoWeeks, 207.69)]
    [InlineData(DebitFrequency.Weekly, 103.85)]
    public void Each_debit_spreads_the_monthly_order_over_the_year(DebitFrequency frequency, decimal expected) =>
        Assert.Equal(Money.Dollars(expected), DebitSchedule.AmountFor(Money.Dollars(450m), frequency));

    [Fact]
    public void The_first_debit_waits_three_business_days_and_no_more_than_ninety_days()
    {
        var friday = new DateOnly(2026, 11, 20); // the next Thursday is Thanksgiving, and the Friday after is not a state holiday
        Assert.Equal(new DateOnly(2026, 11, 25), PaymentAuthorizationRules.EarliestStart(friday));
        Assert.False(PaymentAuthorizationRules.IsAllowedStart(new DateOnly(2026, 11, 24), friday));
        Assert.True(PaymentAuthorizationRules.IsAllowedStart(friday.AddDays(90), friday));
        Assert.False(PaymentAuthorizationRules.IsAllowedStart(friday.AddDays(91), friday));
        Assert.True(PaymentAuthorizationRules.IsAllowedExtra(Money.Dollars(25.50m)));
        Assert.False(PaymentAuthorizationRules.IsAllowedExtra(new Money(10.005m)));
        Assert.False(PaymentAuthorizationRules.IsAllowedExtra(new Money(-1m)));
        Assert.False(PaymentAuthorizationRules.IsAllowedExtra(Money.Dollars(5_000.01m)));
    }

    [Fact]
    public void A_draft_lasts_thirty_days_from_its_last_save_and_warns_in_the_last_seven()
    {
        var saved = new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
        Assert.False(FormDraftRules.ExpiresSoon(saved, saved.AddDays(22)));
        Assert.True(FormDraftRules.ExpiresSoon(saved, saved.AddDays(23)));
        Assert.False(FormDraftRules.IsExpired(saved, saved.AddDays(30).AddTicks(-1)));
        Assert.True(FormDraftRules.IsExpired(saved, saved.AddDays(30)));
    }

    [Fact]
    public void A_status_moves_forward_only_and_a_decision_is_final()
    {
        Assert.True(FormStatusFlow.CanMove(FormStatus.Submitted, FormStatus.Received));
        Assert.True(FormStatusFlow.CanMove(FormStatus.InReview, FormStatus.NotApproved));
        Assert.False(FormStatusFlow.CanMove(FormStatus.Submitted, FormStatus.Completed));
        Assert.False(FormStatusFlow.CanMove(FormStatus.Completed, FormStatus.InReview));
        Assert.False(FormStatusFlow.CanMove(FormStatus.NotApproved, FormStatus.Completed));
    }

    [Fact]
    public void A_form_opened_late_is_flagged_after_the_last_allowed_business_day_in_Arizona()
    {
        // Signed late on the Wednesday before Thanksgiving (a state holiday) in Arizona: the count skips Thursday and the weekend.
        var signed = new DateTimeOffset(2026, 11, 26, 6, 30, 0, TimeSpan.Zero); // Wednesday 23:30 in Arizona
        Assert.Equal(new DateOnly(2026, 11, 30), FormOpenDue.For(signed, 2)); // Friday 27th, then Monday 30th
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(-7)), FormOpenDue.LateFrom(signed, 2));
    }

    [Fact]
    public void A_reference_is_spelled_without_letters_that_look_like_digits()
    {
        var reference = FormReference.From([0, 1, 18, 19, 20, 31, 255, 42]);
        Assert.Equal("F-01JK-MZZA", reference);
        Assert.DoesNotMatch("[ILOU]", FormReference.From([18, 21, 24, 27, 30, 8, 19, 22]));
    }
}
