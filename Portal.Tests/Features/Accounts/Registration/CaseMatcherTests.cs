using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

/// <summary>The matching rules on the demo data; rate limits are high here (see <see cref="CaseMatchRateLimitTests"/>).</summary>
public sealed class CaseMatcherTests(CaseMatcherTests.Portal portal) : IClassFixture<CaseMatcherTests.Portal>
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task A_parent_on_an_open_iv_d_case_is_matched()
    {
        var outcome = await MatchAsync(Request(Demo.ReadyToRegister));

        var matched = Assert.IsType<CaseMatchResult.Matched>(outcome);
        Assert.Equal(Demo.ReadyToRegister.PersonId, matched.Parent.PersonId);
        Assert.Equal(Demo.ReadyToRegister.Email, matched.Parent.EmailOnFile);
    }

    [Fact]
    public async Task The_address_is_compared_loosely()
    {
        var parent = Demo.ReadyToRegister;
        var typed = Request(parent) with { AddressLine1 = "  " + parent.AddressLine1.ToUpperInvariant().Replace(" PL", " Place.") + " " };

        Assert.IsType<CaseMatchResult.Matched>(await MatchAsync(typed));
    }

    public static TheoryData<string> WrongFields => ["ssn", "date of birth", "zip", "address", "case number"];

    [Theory]
    [MemberData(nameof(WrongFields))]
    public async Task Any_one_wrong_field_gets_the_same_answer_as_no_case_at_all(string field)
    {
        var parent = Demo.ReadyToRegister;
        var right = Request(parent);
        var wrong = field switch
        {
            "ssn" => right with { Ssn = Ssn.Parse(parent.Ssn[..^1] + (parent.Ssn[^1] == '9' ? '8' : '9')) },
            "date of birth" => right with { DateOfBirth = right.DateOfBirth.AddDays(1) },
            "zip" => right with { Zip = right.Zip == "85001" ? "85002" : "85001" },
            "address" => right with { AddressLine1 = "1" + right.AddressLine1 },
            "case number" => right with { CaseNumber = CaseNumber.Parse(Demo.RegisteredParent.CaseNumber) },
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };

        var outcome = await MatchAsync(wrong);

        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.DetailsDoNotMatch), outcome);
    }

    [Fact]
    public async Task A_non_iv_d_case_that_matches_is_sent_to_the_clerk_of_court()
    {
        Assert.IsType<CaseMatchResult.NonIvDCase>(await MatchAsync(Request(Demo.NonIvDParent)));
    }

    [Fact]
    public async Task A_parent_on_a_closed_case_is_not_matched()
    {
        var closedCases = SeedCsv.Rows("cases.csv").Where(c => c["Program"] == "IvD" && c["Status"] == "Closed").Select(c => c["CaseNumber"]).ToHashSet();
        var parent = SeedCsv.Rows("participants.csv").First(p => closedCases.Contains(p["CaseNumber"]) && p["Ssn"].Length > 0 && p["Role"] != "Child"
            && SeedCsv.Rows("participants.csv").Count(other => other["PersonId"] == p["PersonId"]) == 1);
        var request = new CaseMatchRequest(CaseNumber.Parse(parent["CaseNumber"]), Ssn.Parse(parent["Ssn"]), DateOnly.Parse(parent["DateOfBirth"], System.Globalization.CultureInfo.InvariantCulture),
            parent["AddressLine1"], parent["AddressLine2"], parent["Zip"]);

        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.CaseClosed), await MatchAsync(request));
    }

    [Fact]
    public async Task A_parent_with_an_account_gets_the_neutral_answer_and_one_email_about_the_attempt()
    {
        var parent = Demo.RegisteredParent;

        var first = await MatchAsync(Request(parent));
        var second = await MatchAsync(Request(parent));

        Assert.Equal(new CaseMatchResult.NoMatch(NoMatchReason.AlreadyRegistered), first);
        Assert.Equal(first, second);
        await using var db = await portal.CreateDbContextAsync();
        var notice = Assert.Single(await db.OutboxMessages.Where(m => m.Kind == "RegistrationAttemptNotice").ToListAsync());
        Assert.Equal(parent.Email, notice.ToAddress);
    }

    [Fact]
    public async Task Failed_attempts_never_log_what_was_typed()
    {
        var parent = Demo.ReadyToRegister;

        await MatchAsync(Request(parent) with { DateOfBirth = new DateOnly(1950, 1, 1) });

        var logs = portal.Logs.AllText;
        Assert.Contains("did not match", logs);
        Assert.DoesNotContain(Ssn.Parse(parent.Ssn).UnmaskedDigits, logs);
        Assert.DoesNotContain(parent.Ssn, logs);
        Assert.DoesNotContain(parent.AddressLine1, logs);
    }

    private Task<CaseMatchResult> MatchAsync(CaseMatchRequest request) =>
        portal.Services.GetRequiredService<CaseMatcher>().MatchAsync(request, "203.0.113.10", default);

    internal static CaseMatchRequest Request(DemoParent parent) =>
        new(CaseNumber.Parse(parent.CaseNumber), Ssn.Parse(parent.Ssn), parent.DateOfBirth, parent.AddressLine1, parent.AddressLine2, parent.Zip);

    public sealed class Portal : IDisposable
    {
        private readonly ControlledPortal app = new(seed: true)
        {
            Settings = { ["Registration:FailedMatchesPerClient"] = "1000", ["Registration:FailedMatchesPerCase"] = "1000" },
        };

        public IServiceProvider Services => app.Services;
        public CapturedLogs Logs => app.Logs;
        public Task<App.Infrastructure.Data.PortalDbContext> CreateDbContextAsync() => app.CreateDbContextAsync();
        public void Dispose() => app.Dispose();
    }
}
