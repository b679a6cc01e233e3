using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class RecentSignInRuleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);
    private readonly RecentSignInRule rule = RecentSignInRule.Default;

    [Fact]
    public void The_default_window_is_ten_minutes() => Assert.Equal(TimeSpan.FromMinutes(10), rule.Window);

    [Fact]
    public void A_sign_in_nine_minutes_ago_is_recent_enough()
    {
        Assert.True(rule.IsSatisfied(Now.AddMinutes(-9), null, Now));
        Assert.Equal(TimeSpan.FromMinutes(1), rule.Remaining(Now.AddMinutes(-9), null, Now));
    }

    [Fact]
    public void A_sign_in_ten_minutes_ago_or_more_is_not()
    {
        Assert.False(rule.IsSatisfied(Now.AddMinutes(-10), null, Now));
        Assert.False(rule.IsSatisfied(Now.AddHours(-3), null, Now));
        Assert.Equal(TimeSpan.Zero, rule.Remaining(Now.AddHours(-3), null, Now));
    }

    [Fact]
    public void The_password_typed_again_recently_makes_an_old_sign_in_enough()
    {
        Assert.True(rule.IsSatisfied(Now.AddHours(-3), Now.AddMinutes(-2), Now));
        Assert.Equal(TimeSpan.FromMinutes(8), rule.Remaining(Now.AddHours(-3), Now.AddMinutes(-2), Now));
    }

    [Fact]
    public void The_password_typed_again_long_ago_is_not_enough()
    {
        Assert.False(rule.IsSatisfied(Now.AddHours(-3), Now.AddMinutes(-11), Now));
    }

    [Fact]
    public void An_instant_in_the_future_proves_nothing()
    {
        Assert.False(rule.IsSatisfied(Now.AddMinutes(1), null, Now));
        Assert.False(rule.IsSatisfied(Now.AddHours(-1), Now.AddMinutes(5), Now));
        Assert.Equal(TimeSpan.Zero, rule.Remaining(Now.AddMinutes(1), null, Now));
    }

    [Fact]
    public void The_window_can_be_configured()
    {
        var strict = new RecentSignInRule(TimeSpan.FromMinutes(2));

        Assert.False(strict.IsSatisfied(Now.AddMinutes(-3), null, Now));
        Assert.True(strict.IsSatisfied(Now.AddMinutes(-1), null, Now));
    }
}
