using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>Finding a case (audited), opening it (audited), recording on it (live and audited), and the supervisors' audit search.</summary>
public sealed class StaffCaseWorkTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    private static readonly CaseNumber DemoCase = CaseNumber.Parse("8060961680");

    [Fact]
    public async Task Opening_a_case_shows_participants_and_the_parents_accounts_and_is_audited()
    {
        var view = await portal.Get<StaffCases>().OpenAsync(portal.Caseworker, DemoCase);

        Assert.NotNull(view);
        Assert.Contains(view.Participants, p => p.FullName == "Eloisa Franco" && p.SsnLast4 == "0200" && p.Email == "franco.eloisa@example.net");
        var account = Assert.Single(view.Accounts);
        Assert.Equal("eloisa.demo", account.UserName);
        Assert.True(account.Activated);
        Assert.False(account.IsLocked(portal.Clock.GetUtcNow()));
        var entry = (await portal.AuditAsync(caseNumber: DemoCase.Digits)).Last();
        Assert.Equal(StaffAuditAction.CaseViewed, entry.Action);
        Assert.Equal("caseworker", entry.StaffUserName);
    }

    [Fact]
    public async Task Staff_see_which_participants_the_family_violence_indicator_protects_on_the_seeded_cases()
    {
        var cases = portal.Get<StaffCases>();

        // seed-data/README.md lists these: the indicator on a custodial parent, and on a whole case.
        var onPerson = await cases.OpenAsync(portal.Caseworker, CaseNumber.Parse("3638244073"));
        var onCase = await cases.OpenAsync(portal.Caseworker, CaseNumber.Parse("2775253574"));
        var demo = await cases.OpenAsync(portal.Caseworker, DemoCase);

        Assert.Equal(["Sofia Acevedo"], onPerson!.Participants.Where(p => p.FamilyViolence).Select(p => p.FullName));
        Assert.Equal(onCase!.Participants.Count, onCase.Participants.Count(p => p.FamilyViolence));
        Assert.DoesNotContain(demo!.Participants, p => p.FamilyViolence);
        // Staff still see the protected person's details, with the warning.
        Assert.NotNull(onPerson.Participants.Single(p => p.FamilyViolence).Address);
    }

    [Fact]
    public async Task A_case_number_no_case_has_opens_nothing_and_audits_nothing()
    {
        var unknown = CaseNumber.FromSerial(999_999_990);
        Assert.Null(await portal.Get<StaffCases>().OpenAsync(portal.Caseworker, unknown));
        Assert.Empty(await portal.AuditAsync(caseNumber: unknown.Digits));
    }

    [Fact]
    public async Task A_recorded_payment_is_saved_audited_and_published_to_the_live_dashboards()
    {
        var (caseNumber, _) = portal.NextParent();
        var published = new List<CaseUpdate>();
        using var subscription = portal.Get<ICaseUpdateNotifier>().Subscribe(caseNumber, u => { published.Add(u); return Task.CompletedTask; });

        var outcome = await portal.Get<StaffCaseRecording>().RecordPaymentAsync(portal.Caseworker, caseNumber,
            new StaffPaymentEntry(125.50m, new DateOnly(2026, 11, 21), PaymentSource.DirectPayment));

        Assert.True(outcome.IsRecorded);
        var update = Assert.Single(published);
        Assert.Equal(Money.Dollars(125.50m), update.Payment!.Amount);
        await using var db = await portal.DbAsync();
        Assert.True(await db.Payments.AnyAsync(p => p.ReceiptNumber == update.Payment.ReceiptNumber));
        var entry = Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits));
        Assert.Equal(StaffAuditAction.PaymentRecorded, entry.Action);
        Assert.Contains(update.Payment.ReceiptNumber, entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_recorded_case_action_reaches_the_dashboard_and_its_audit_keeps_no_free_text()
    {
        var (caseNumber, _) = portal.NextParent();

        var outcome = await portal.Get<StaffCaseRecording>().RecordCaseActionAsync(portal.Caseworker, caseNumber,
            new StaffCaseActionEntry(CaseActionType.NoticeSent, ArizonaToday(), "We mailed a notice to Ana Pérez at her new address."));

        Assert.True(outcome.IsRecorded);
        var dashboard = await portal.Get<CaseDashboards>().LoadAsync(caseNumber);
        var newest = dashboard!.RecentActions[0];
        Assert.Equal(CaseActionType.NoticeSent, newest.Type);
        Assert.Equal(portal.Clock.GetUtcNow(), newest.OccurredAt); // today's action happened now
        await using (var db = await portal.DbAsync())
        {
            Assert.Equal("We mailed a notice to Ana Pérez at her new address.", (await db.CaseActions.SingleAsync(a => a.Id == newest.Id)).Description);
        }
        var entry = Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits));
        Assert.Equal(StaffAuditAction.CaseActionRecorded, entry.Action);
        Assert.DoesNotContain("Pérez", entry.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "2026-11-20", StaffEntryProblem.AmountNotPositive)]
    [InlineData("-5", "2026-11-20", StaffEntryProblem.AmountNotPositive)]
    [InlineData("10.005", "2026-11-20", StaffEntryProblem.AmountTooPrecise)]
    [InlineData("10", "2026-11-23", StaffEntryProblem.DateInFuture)]
    public async Task A_payment_breaking_a_rule_is_not_recorded(string amount, string date, StaffEntryProblem problem)
    {
        var (caseNumber, _) = portal.NextParent();

        var outcome = await portal.Get<StaffCaseRecording>().RecordPaymentAsync(portal.Caseworker, caseNumber,
            new StaffPaymentEntry(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), PaymentSource.DirectPayment));

        Assert.Equal([problem], outcome.Problems);
        Assert.Empty(await portal.AuditAsync(caseNumber: caseNumber.Digits));
    }

    [Fact]
    public void Today_in_Arizona_is_not_the_future_even_when_it_is_already_tomorrow_in_UTC()
    {
        // 2026-11-23 05:00 UTC is still 22:00 on the 22nd in Arizona.
        var today = Portal.Domain.ArizonaTime.Today(new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 5, 0, 0, TimeSpan.Zero)));
        Assert.Empty(StaffCaseRecording.Check(new StaffPaymentEntry(10m, new DateOnly(2026, 11, 22), PaymentSource.DirectPayment), today));
        Assert.Equal([StaffEntryProblem.DateInFuture], StaffCaseRecording.Check(new StaffPaymentEntry(10m, new DateOnly(2026, 11, 23), PaymentSource.DirectPayment), today));
    }

    [Fact]
    public void An_unknown_action_type_or_payment_source_is_refused()
    {
        var today = new DateOnly(2026, 11, 22);
        Assert.Contains(StaffEntryProblem.TypeUnknown, StaffCaseRecording.Check(new StaffCaseActionEntry((CaseActionType)999, today, "x"), today));
        Assert.Contains(StaffEntryProblem.SourceUnknown, StaffCaseRecording.Check(new StaffPaymentEntry(10m, today, (PaymentSource)999), today));
        Assert.Contains(StaffEntryProblem.DescriptionMissing, StaffCaseRecording.Check(new StaffCaseActionEntry(CaseActionType.NoticeSent, today, " "), today));
    }

    [Fact]
    public async Task Search_finds_a_case_by_number_by_name_and_by_ssn_last4_with_date_of_birth()
    {
        var search = portal.Get<StaffCaseSearch>();

        var byNumber = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(CaseNumber: "806-096-1680"), 0);
        Assert.Equal(DemoCase, Assert.Single(byNumber.Rows).CaseNumber);

        var byName = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "eloisa franco"), 0);
        Assert.Contains(byName.Rows, r => r.CaseNumber == DemoCase);

        var bySsn = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: "0200", DateOfBirth: new DateOnly(1991, 7, 1)), 0);
        Assert.Equal(DemoCase, Assert.Single(bySsn.Rows).CaseNumber);

        var wrongBirthDate = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: "0200", DateOfBirth: new DateOnly(1991, 7, 2)), 0);
        Assert.Empty(wrongBirthDate.Rows);
        var last4Alone = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: "0200"), 0);
        Assert.Empty(last4Alone.Rows);
    }

    [Fact]
    public async Task Search_results_are_paged_in_the_database()
    {
        var search = portal.Get<StaffCaseSearch>();

        var first = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "a"), 0);
        var second = await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "a"), 1);

        Assert.True(first.TotalCount > StaffCaseSearch.PageSize);
        Assert.Equal(StaffCaseSearch.PageSize, first.Rows.Count);
        Assert.Empty(first.Rows.Select(r => r.CaseNumber).Intersect(second.Rows.Select(r => r.CaseNumber)));
        Assert.Equal(first.TotalCount, second.TotalCount);
    }

    [Fact]
    public async Task A_typed_wildcard_does_not_list_every_case()
    {
        var results = await portal.Get<StaffCaseSearch>().SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "%"), 0);
        Assert.Equal(0, results.TotalCount);
    }

    [Fact]
    public async Task Supervisors_search_the_audit_log_by_staff_member_case_action_and_dates()
    {
        var (caseNumber, _) = portal.NextParent();
        await portal.Get<StaffCases>().OpenAsync(portal.Caseworker, caseNumber);
        await portal.Get<StaffCases>().OpenAsync(portal.Supervisor, caseNumber);
        var log = portal.Get<StaffAuditLog>();
        var today = ArizonaToday();

        var byCase = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: caseNumber.Digits), 0);
        Assert.Equal(2, byCase.TotalCount);
        var byStaff = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(StaffUserName: "supervisor", CaseNumber: caseNumber.Digits, Action: StaffAuditAction.CaseViewed), 0);
        Assert.Equal("supervisor", Assert.Single(byStaff.Rows).StaffUserName);
        var inRange = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: caseNumber.Digits, From: today, To: today), 0);
        Assert.Equal(2, inRange.TotalCount);
        var before = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: caseNumber.Digits, To: today.AddDays(-1)), 0);
        Assert.Equal(0, before.TotalCount);
    }

    [Fact]
    public async Task The_audit_search_takes_the_extreme_dates_as_open_ends_instead_of_failing()
    {
        var (caseNumber, _) = portal.NextParent();
        await portal.Get<StaffCases>().OpenAsync(portal.Supervisor, caseNumber);
        var log = portal.Get<StaffAuditLog>();

        var everything = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: caseNumber.Digits, From: DateOnly.MinValue, To: DateOnly.MaxValue), 0);
        var fromTheLastDay = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: caseNumber.Digits, From: DateOnly.MaxValue), 0);

        Assert.Equal(1, everything.TotalCount);
        Assert.Equal(0, fromTheLastDay.TotalCount);
    }

    [Fact]
    public async Task A_search_writes_one_audit_entry_with_its_masked_criteria_and_how_many_cases_it_found()
    {
        var search = portal.Get<StaffCaseSearch>();

        var bySsn = await SearchesAuditedBy(() => search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: " 0200 ", DateOfBirth: new DateOnly(1991, 7, 1)), 0));
        var entry = Assert.Single(bySsn);
        Assert.Equal("caseworker", entry.StaffUserName);
        Assert.Null(entry.CaseNumber);
        Assert.Equal(portal.Clock.GetUtcNow(), entry.OccurredAt);
        Assert.Equal("1 found; page 1; SSN ***-**-0200; born 1991-07-01", entry.Detail);

        var byNumber = Assert.Single(await SearchesAuditedBy(() => search.SearchAsync(portal.Caseworker, new StaffCaseQuery(CaseNumber: "806-096-1680"), 0)));
        Assert.Equal(DemoCase.Digits, byNumber.CaseNumber); // so the audit's case filter finds who searched for this case
        Assert.Equal("1 found; page 1; case 8060961680", byNumber.Detail);

        var total = 0;
        var secondPage = Assert.Single(await SearchesAuditedBy(async () => total = (await search.SearchAsync(portal.Supervisor, new StaffCaseQuery(Name: "  a  "), 1)).TotalCount));
        Assert.Equal("supervisor", secondPage.StaffUserName);
        Assert.Equal($"{total} found; page 2; name \"a\"", secondPage.Detail);

        // Criteria that cannot run ask nothing of the database and reveal nothing: no entry.
        Assert.Empty(await SearchesAuditedBy(() => search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: "0200"), 0)));
    }

    [Fact]
    public async Task An_ssn_typed_into_the_search_never_appears_in_full_in_the_audit_table()
    {
        var search = portal.Get<StaffCaseSearch>();

        // A whole SSN typed into the name box (the wrong field) runs as a name search that finds nobody.
        var entries = await SearchesAuditedBy(async () =>
        {
            await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "123-45-6789"), 0);
            await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "Franco 123456789"), 0);
            await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(SsnLast4: "123456789", DateOfBirth: new DateOnly(1991, 7, 1)), 0);
        });

        Assert.Equal(["0 found; page 1; name \"***-**-****\"", "0 found; page 1; name \"Franco *********\""], entries.Select(e => e.Detail));
        // Every column of every audit row, read as stored.
        await using var db = await portal.DbAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM StaffAuditEntries";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
            for (var column = 0; column < reader.FieldCount; column++)
            {
                var stored = Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                Assert.DoesNotContain("123456789", stored, StringComparison.Ordinal);
                Assert.DoesNotContain("45-6789", stored, StringComparison.Ordinal);
            }
        }
        Assert.True(rows >= 2);
    }

    [Fact]
    public async Task Supervisors_find_searches_in_the_audit_log_by_action_staff_member_and_case()
    {
        var search = portal.Get<StaffCaseSearch>();
        await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(Name: "eloisa"), 0);
        await search.SearchAsync(portal.Caseworker, new StaffCaseQuery(CaseNumber: DemoCase.Digits), 0);
        var log = portal.Get<StaffAuditLog>();

        var searches = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(StaffUserName: "caseworker", Action: StaffAuditAction.CasesSearched), 0);
        Assert.All(searches.Rows, e => Assert.Equal(StaffAuditAction.CasesSearched, e.Action));
        Assert.Equal("1 found; page 1; case 8060961680", searches.Rows[0].Detail); // newest first
        Assert.Matches("^[1-9][0-9]* found; page 1; name \"eloisa\"$", searches.Rows[1].Detail);
        var today = ArizonaToday();
        var forCase = await log.SearchAsync(portal.Supervisor, new StaffAuditQuery(CaseNumber: "806-096-1680", From: today, To: today, Action: StaffAuditAction.CasesSearched), 0);
        Assert.NotEmpty(forCase.Rows);
        Assert.All(forCase.Rows, e => Assert.Equal(DemoCase.Digits, e.CaseNumber));
    }

    /// <summary>The search entries written while <paramref name="act"/> ran, oldest first.</summary>
    private async Task<List<StaffAuditEntry>> SearchesAuditedBy(Func<Task> act)
    {
        long last;
        await using (var db = await portal.DbAsync())
        {
            last = await db.StaffAuditEntries.MaxAsync(e => (long?)e.Id) ?? 0;
        }
        await act();
        await using var after = await portal.DbAsync();
        return await after.StaffAuditEntries.AsNoTracking().Where(e => e.Id > last && e.Action == StaffAuditAction.CasesSearched).OrderBy(e => e.Id).ToListAsync();
    }

    private DateOnly ArizonaToday() => Portal.Domain.ArizonaTime.Today(portal.Clock);
}
