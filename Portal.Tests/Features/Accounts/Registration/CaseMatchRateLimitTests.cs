using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Cases;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class CaseMatchRateLimitTests : IDisposable
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;
    private readonly ControlledPortal portal = new(seed: true);

    [Fact]
    public async Task After_five_failures_a_client_gets_the_same_neutral_answer_even_with_the_right_details()
    {
        var right = CaseMatcherTests.Request(Demo.ReadyToRegister);
        // Five different case numbers, so only the client's count reaches the limit.
        for (var i = 0; i < 5; i++) await MatchAsync(right with { CaseNumber = CaseNumber.FromSerial(800_000_000 + i) }, "198.51.100.1");

        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.RateLimited), await MatchAsync(right, "198.51.100.1"));
        Assert.IsType<CaseMatchResult.Matched>(await MatchAsync(right, "198.51.100.2"));
    }

    [Fact]
    public async Task After_five_wrong_guesses_from_other_clients_the_parents_correct_details_still_match()
    {
        var right = CaseMatcherTests.Request(Demo.ReadyToRegister);
        for (var i = 0; i < 5; i++) await MatchAsync(right with { Zip = "8599" + i }, "198.51.100.10");
        for (var i = 0; i < 5; i++) await MatchAsync(right with { Zip = "8598" + i }, $"198.51.100.{20 + i}");

        Assert.IsType<CaseMatchResult.Matched>(await MatchAsync(right, "203.0.113.7"));
    }

    [Fact]
    public async Task Once_a_case_has_five_failures_a_client_that_failed_on_it_is_held_back_even_with_the_right_details()
    {
        var right = CaseMatcherTests.Request(Demo.ReadyToRegister);
        // Guessing spread over addresses: each gets its first try, then no more on this case.
        for (var i = 0; i < 5; i++) await MatchAsync(right with { Zip = "8599" + i }, $"198.51.100.{10 + i}");

        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.RateLimited), await MatchAsync(right, "198.51.100.10"));
        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.RateLimited), await MatchAsync(right, "198.51.100.14"));
        // A new address's first try is answered, but after its one failure it is held back too.
        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.DetailsDoNotMatch), await MatchAsync(right with { Zip = "85980" }, "198.51.100.30"));
        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.RateLimited), await MatchAsync(right, "198.51.100.30"));
        // Another case is unaffected.
        var other = CaseMatcherTests.Request(Demo.NonIvDParent);
        Assert.IsType<CaseMatchResult.NonIvDCase>(await MatchAsync(other, "198.51.100.10"));
    }

    [Fact]
    public async Task The_limit_lifts_once_the_window_has_passed()
    {
        var right = CaseMatcherTests.Request(Demo.ReadyToRegister);
        for (var i = 0; i < 5; i++) await MatchAsync(right with { CaseNumber = CaseNumber.FromSerial(900_000_000 + i) }, "198.51.100.50");
        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.RateLimited), await MatchAsync(right, "198.51.100.50"));

        portal.Clock.Advance(TimeSpan.FromMinutes(61));

        Assert.IsType<CaseMatchResult.Matched>(await MatchAsync(right, "198.51.100.50"));
    }

    private Task<CaseMatchResult> MatchAsync(CaseMatchRequest request, string client) =>
        portal.Services.GetRequiredService<CaseMatcher>().MatchAsync(request, client, default);

    public void Dispose() => portal.Dispose();
}
