using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class SignInCodeRulesTests
{
    private static readonly SignInCodeRules Rules = new(CodeLifetime: TimeSpan.FromMinutes(10), MaxWrongCodes: 5, NewCodeInterval: TimeSpan.FromSeconds(30), MaxCodesPerSignIn: 5);
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_code_may_be_sent_at_once() =>
        Assert.Equal(NewCodeDecision.Allowed, Rules.NewCode(codesSent: 0, lastSentAt: default, Now));

    [Fact]
    public void Another_code_within_the_interval_is_too_soon() =>
        Assert.Equal(NewCodeDecision.TooSoon, Rules.NewCode(codesSent: 1, lastSentAt: Now.AddSeconds(-29), Now));

    [Fact]
    public void Another_code_once_the_interval_has_passed_is_allowed() =>
        Assert.Equal(NewCodeDecision.Allowed, Rules.NewCode(codesSent: 1, lastSentAt: Now.AddSeconds(-30), Now));

    [Fact]
    public void A_sixth_code_is_refused_however_long_the_wait() =>
        Assert.Equal(NewCodeDecision.LimitReached, Rules.NewCode(codesSent: 5, lastSentAt: Now.AddHours(-1), Now));

    [Fact]
    public void A_code_works_for_ten_minutes_from_when_it_was_sent() =>
        Assert.Equal(Now.AddMinutes(10), Rules.ExpiryOfCodeSentAt(Now));

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void The_fifth_wrong_code_ends_the_sign_in(int wrongCodes, bool ends) =>
        Assert.Equal(ends, Rules.EndsSignIn(wrongCodes));
}
