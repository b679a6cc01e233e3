using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Records;

public sealed class CaseRecordWriterTests(DashboardTestPortal portal) : IClassFixture<DashboardTestPortal>
{
    [Fact]
    public async Task A_payment_is_saved_and_then_published_to_its_case()
    {
        var published = new List<CaseUpdate>();
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, u => { published.Add(u); return Task.CompletedTask; });

        var outcome = await portal.Writer.RecordPaymentAsync(Payment("W-0001", 125m));

        Assert.IsType<RecordResult.Recorded>(outcome);
        var update = Assert.Single(published);
        Assert.Equal(CaseUpdateKind.PaymentRecorded, update.Kind);
        Assert.Equal(Money.Dollars(125m), update.Payment?.Amount);
        // Published after the commit: a fresh context already sees it.
        await using var db = await DbAsync();
        Assert.True(await db.Payments.AnyAsync(p => p.ReceiptNumber == "W-0001"));
    }

    [Fact]
    public async Task The_same_receipt_number_twice_is_recorded_and_published_once()
    {
        var published = 0;
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, _ => { published++; return Task.CompletedTask; });

        var first = await portal.Writer.RecordPaymentAsync(Payment("W-0002", 80m));
        var second = await portal.Writer.RecordPaymentAsync(Payment("W-0002", 80m));

        Assert.IsType<RecordResult.Recorded>(first);
        Assert.IsType<RecordResult.Duplicate>(second);
        Assert.Equal(1, published);
        await using var db = await DbAsync();
        Assert.Equal(1, await db.Payments.CountAsync(p => p.ReceiptNumber == "W-0002"));
    }

    [Fact]
    public async Task A_case_action_is_recorded_once_by_its_external_id()
    {
        var published = new List<CaseUpdate>();
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, u => { published.Add(u); return Task.CompletedTask; });
        var action = new NewCaseAction(DashboardCases.Credit.Digits, "A-0001", new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.FromHours(-7)), CaseActionType.NoticeSent, "A notice was mailed.");

        var first = await portal.Writer.RecordCaseActionAsync(action);
        var second = await portal.Writer.RecordCaseActionAsync(action with { Description = "Sent again." });

        Assert.IsType<RecordResult.Recorded>(first);
        Assert.IsType<RecordResult.Duplicate>(second);
        Assert.Equal(CaseActionType.NoticeSent, Assert.Single(published).Action?.Type);
    }

    [Fact]
    public async Task Nothing_is_published_when_the_save_rolls_back()
    {
        await using (var db = await DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TRIGGER IF NOT EXISTS fail_test_payment BEFORE INSERT ON Payments WHEN NEW.ReceiptNumber = 'W-FAIL' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END;");
        }
        var published = 0;
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, _ => { published++; return Task.CompletedTask; });

        await Assert.ThrowsAsync<DbUpdateException>(() => portal.Writer.RecordPaymentAsync(Payment("W-FAIL", 50m)));

        Assert.Equal(0, published);
        await using var check = await DbAsync();
        Assert.False(await check.Payments.AnyAsync(p => p.ReceiptNumber == "W-FAIL"));
    }

    [Fact]
    public async Task A_payment_for_no_case_is_rejected_and_not_published()
    {
        var outcome = await portal.Writer.RecordPaymentAsync(Payment("W-0003", 10m) with { CaseNumber = DashboardCases.Nonexistent.Digits });

        Assert.IsType<RecordResult.Rejected>(outcome);
        Assert.Equal(0, portal.Notifier.SubscriberCount(DashboardCases.Nonexistent));
    }

    [Theory]
    [InlineData("12345", "W-1", 10, "case number")]
    [InlineData(null, "", 10, "receipt number")]
    [InlineData(null, "W-1", 0, "more than zero")]
    [InlineData(null, "W-1", 10.005, "two decimal places")]
    public void Payments_that_break_a_rule_say_which(string? caseNumber, string receipt, double amount, string problem)
    {
        var record = Payment(receipt, (decimal)amount) with { CaseNumber = caseNumber ?? DashboardCases.Credit.Digits };

        Assert.Contains(problem, CaseRecordWriter.Problem(record), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alongside_changes_are_saved_in_the_same_transaction()
    {
        var outcome = await portal.Writer.RecordPaymentAsync(Payment("W-0004", 20m), (db, _) =>
        {
            db.DashboardPreferences.Add(new DashboardPreference("P-ALONGSIDE", DashboardCases.Credit, portal.Clock.GetUtcNow()));
            return Task.CompletedTask;
        });

        Assert.IsType<RecordResult.Recorded>(outcome);
        await using var db = await DbAsync();
        Assert.True(await db.DashboardPreferences.AnyAsync(p => p.PersonId == "P-ALONGSIDE"));
    }

    [Fact]
    public async Task A_payment_exported_again_at_a_later_stage_moves_on_and_the_move_reaches_the_dashboards()
    {
        var published = new List<CaseUpdate>();
        using var _ = portal.Notifier.Subscribe(DashboardCases.Credit, u => { published.Add(u); return Task.CompletedTask; });
        var received = Payment("W-0010", 300m);
        await portal.Writer.RecordPaymentAsync(received);

        var applied = await portal.Writer.RecordPaymentAsync(received with { AppliedOn = new DateOnly(2026, 11, 21), AppliedToCurrent = 250m, AppliedToArrears = 50m });
        var sent = await portal.Writer.RecordPaymentAsync(received with
        {
            Status = PaymentStatus.Disbursed, DisbursedOn = new DateOnly(2026, 11, 23), DisbursementMethod = DisbursementMethod.DebitCard, DisbursedToLast4 = "0042",
        });
        var again = await portal.Writer.RecordPaymentAsync(received with { Status = PaymentStatus.Disbursed, DisbursedOn = new DateOnly(2026, 11, 23) });
        var backwards = await portal.Writer.RecordPaymentAsync(received);

        Assert.IsType<RecordResult.Updated>(applied);
        Assert.IsType<RecordResult.Updated>(sent);
        Assert.IsType<RecordResult.Duplicate>(again);
        Assert.IsType<RecordResult.Duplicate>(backwards);
        Assert.Equal([CaseUpdateKind.PaymentRecorded, CaseUpdateKind.PaymentUpdated, CaseUpdateKind.PaymentUpdated], published.Select(u => u.Kind));
        Assert.Equal(PaymentStatus.Disbursed, published[^1].Payment?.Status);
        await using var db = await DbAsync();
        var stored = await db.Payments.SingleAsync(p => p.ReceiptNumber == "W-0010");
        Assert.Equal((new DateOnly(2026, 11, 21), Money.Dollars(250m), Money.Dollars(50m)), (stored.AppliedOn!.Value, stored.AppliedToCurrent, stored.AppliedToArrears));
        Assert.Equal((PaymentStatus.Disbursed, DisbursementMethod.DebitCard, "0042"), (stored.Status, stored.DisbursementMethod!.Value, stored.DisbursedToLast4));
    }

    [Fact]
    public async Task A_receipt_number_reused_for_another_payment_is_rejected_and_the_first_payment_stands()
    {
        await portal.Writer.RecordPaymentAsync(Payment("W-0011", 300m));

        var other = await portal.Writer.RecordPaymentAsync(Payment("W-0011", 301m) with { Status = PaymentStatus.Disbursed, DisbursedOn = new DateOnly(2026, 11, 23) });

        Assert.Contains("already recorded", Assert.IsType<RecordResult.Rejected>(other).Problem);
        await using var db = await DbAsync();
        Assert.Equal((Money.Dollars(300m), PaymentStatus.Received), await db.Payments.Where(p => p.ReceiptNumber == "W-0011").Select(p => ValueTuple.Create(p.Amount, p.Status)).SingleAsync());
    }

    [Fact]
    public async Task A_payment_made_online_is_posted_when_the_case_system_records_it_under_the_processors_reference_and_only_on_its_case()
    {
        var ours = await SubmittedOnlineAsync(DashboardCases.Credit, "SBX-POSTED-1");
        var elsewhere = await SubmittedOnlineAsync(DashboardCases.Arrears, "SBX-POSTED-2");

        await portal.Writer.RecordPaymentAsync(Payment("W-0020", 120m) with { ProcessorReference = "SBX-POSTED-1" });
        await portal.Writer.RecordPaymentAsync(Payment("W-0021", 120m) with { ProcessorReference = "SBX-POSTED-2" });

        await using var db = await DbAsync();
        Assert.Equal(OnlinePaymentStatus.Posted, (await db.OnlinePayments.SingleAsync(p => p.Id == ours)).Status);
        Assert.Equal(OnlinePaymentStatus.Submitted, (await db.OnlinePayments.SingleAsync(p => p.Id == elsewhere)).Status);
        Assert.DoesNotContain(await OnlinePayments.SubmittedAsync(db, DashboardCases.Credit, default), p => p.Id == ours);
    }

    private async Task<Guid> SubmittedOnlineAsync(CaseNumber caseNumber, string reference)
    {
        var id = Guid.NewGuid();
        var payment = new OnlinePayment(id, "P-" + reference, caseNumber, "user-1", DashboardCases.Parent, Money.Dollars(120m), Money.Zero, PaymentMethod.BankAccount,
            "key-" + reference, portal.Clock.GetUtcNow());
        payment.Submitted(reference, "Checking", "6789", portal.Clock.GetUtcNow());
        await using var db = await DbAsync();
        db.OnlinePayments.Add(payment);
        await db.SaveChangesAsync();
        return id;
    }

    [Theory]
    [InlineData("123456", "DisbursedToLast4 is not the last 4 digits")]
    [InlineData("12a4", "DisbursedToLast4 is not the last 4 digits")]
    public void An_account_number_longer_than_its_last_4_is_refused_before_it_reaches_the_database(string last4, string problem)
    {
        var record = Payment("W-0012", 300m) with { Status = PaymentStatus.Disbursed, DisbursedOn = new DateOnly(2026, 11, 23), DisbursementMethod = DisbursementMethod.DirectDeposit, DisbursedToLast4 = last4 };

        Assert.StartsWith(problem, CaseRecordWriter.Problem(record));
    }

    [Fact]
    public void An_allocation_beyond_the_payment_or_without_its_date_is_refused()
    {
        Assert.Equal("The allocation is more than the payment.", CaseRecordWriter.Problem(Payment("W-1", 100m) with { AppliedOn = new DateOnly(2026, 11, 21), AppliedToCurrent = 80m, AppliedToArrears = 30m }));
        Assert.Equal("An allocation needs AppliedOn.", CaseRecordWriter.Problem(Payment("W-1", 100m) with { AppliedToCurrent = 80m }));
        Assert.Equal("A disbursement method needs a disbursed payment.", CaseRecordWriter.Problem(Payment("W-1", 100m) with { DisbursementMethod = DisbursementMethod.Check }));
    }

    private static NewPayment Payment(string receipt, decimal amount) =>
        new(DashboardCases.Credit.Digits, receipt, new DateOnly(2026, 11, 21), amount, PaymentSource.DirectPayment);

    private Task<PortalDbContext> DbAsync() => portal.Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
}
