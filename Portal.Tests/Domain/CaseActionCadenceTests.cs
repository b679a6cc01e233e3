using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public class CaseActionCadenceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 10, 0, 0, TimeSpan.FromHours(-7));

    private static readonly CaseActionType[] Routine =
        [CaseActionType.NoticeSent, CaseActionType.DocumentReceived, CaseActionType.AddressUpdated, CaseActionType.PaymentDisbursed];

    private static CaseAction Action(CaseActionType type, DateTimeOffset at) => new(1, at, type, "Something happened.");

    [Fact]
    public void A_kind_of_action_is_not_repeated_within_thirty_days()
    {
        var allowed = CaseActionCadence.Allowed(Routine, [Action(CaseActionType.NoticeSent, Now.AddDays(-29))], Now);

        Assert.DoesNotContain(CaseActionType.NoticeSent, allowed);
        Assert.Contains(CaseActionType.DocumentReceived, allowed);
    }

    [Fact]
    public void A_kind_of_action_may_come_again_after_thirty_days()
    {
        var allowed = CaseActionCadence.Allowed(Routine, [Action(CaseActionType.NoticeSent, Now.AddDays(-31))], Now);

        Assert.Contains(CaseActionType.NoticeSent, allowed);
    }

    [Fact]
    public void Money_is_sent_on_only_after_a_payment_was_received_and_not_yet_sent()
    {
        Assert.DoesNotContain(CaseActionType.PaymentDisbursed, CaseActionCadence.Allowed(Routine, [], Now));

        var received = Action(CaseActionType.PaymentReceived, Now.AddHours(-1));
        Assert.Contains(CaseActionType.PaymentDisbursed, CaseActionCadence.Allowed(Routine, [received], Now));

        var sent = Action(CaseActionType.PaymentDisbursed, Now.AddMinutes(-5));
        Assert.DoesNotContain(CaseActionType.PaymentDisbursed, CaseActionCadence.Allowed(Routine, [received, sent], Now));
    }

    [Fact]
    public void A_case_gets_at_most_three_actions_in_an_Arizona_day()
    {
        var history = new[]
        {
            Action(CaseActionType.PaymentReceived, Now.AddHours(-3)),
            Action(CaseActionType.PaymentDisbursed, Now.AddHours(-2)),
            Action(CaseActionType.NoticeSent, Now.AddHours(-1)),
        };

        Assert.Empty(CaseActionCadence.Allowed(Routine, history, Now));
        Assert.NotEmpty(CaseActionCadence.Allowed(Routine, history, Now.AddDays(1)));
    }

    [Fact]
    public void The_day_is_Arizona_s_not_the_server_s()
    {
        // 23:30 on Dec 5 in Arizona is already Dec 6 in UTC: it does not count towards Arizona's Dec 6.
        var lateEvening = new DateTimeOffset(2026, 12, 5, 23, 30, 0, TimeSpan.FromHours(-7));
        var history = new[]
        {
            Action(CaseActionType.PaymentReceived, lateEvening),
            Action(CaseActionType.PaymentDisbursed, Now.AddHours(-2)),
            Action(CaseActionType.NoticeSent, Now.AddHours(-1)),
        };

        Assert.Equal([CaseActionType.DocumentReceived, CaseActionType.AddressUpdated], CaseActionCadence.Allowed(Routine, history, Now));
    }

    [Fact]
    public void Payment_received_comes_with_its_payment_and_never_on_its_own()
    {
        Assert.Empty(CaseActionCadence.Allowed([CaseActionType.PaymentReceived], [], Now));
    }
}
