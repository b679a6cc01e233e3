using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Platform.Notifications;
using Portal.Domain.Payments;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Records;

/// <summary>"A payment was recorded on your case": only to the parents on the case who turned it on, and never for a reversal.</summary>
public sealed class PaymentNoticeTests : IAsyncLifetime
{
    private readonly ControlledPortal portal = new();
    private string wantsThem = "", doesNot = "";

    public async Task InitializeAsync()
    {
        await using (var db = await portal.CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        wantsThem = (await TestAccounts.CreateActivatedAsync(portal.Services, "rosa.payments", personId: DashboardCases.Parent)).Id;
        doesNot = (await TestAccounts.CreateActivatedAsync(portal.Services, "mateo.payments", personId: DashboardCases.OtherParent)).Id;
        Assert.True(await Preferences.SaveAsync(wantsThem, new Dictionary<string, bool> { [PaymentNotices.Topic.Key] = true }));
    }

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    private NotificationPreferences Preferences => portal.Services.GetRequiredService<NotificationPreferences>();

    [Fact]
    public async Task A_recorded_payment_emails_the_parent_who_asked_and_not_the_one_who_did_not()
    {
        await RecordAsync("N-0001", PaymentStatus.Received);

        var notice = Assert.Single(await NoticesAsync());
        Assert.Equal("rosa.payments@example.net", notice.ToAddress);
        Assert.Equal("A payment was recorded on your child support case", notice.Subject);
    }

    [Fact]
    public async Task A_reversed_payment_or_a_parent_who_turned_them_off_gets_no_email()
    {
        await RecordAsync("N-0002", PaymentStatus.Reversed);
        Assert.True(await Preferences.SaveAsync(wantsThem, new Dictionary<string, bool> { [PaymentNotices.Topic.Key] = false }));
        await RecordAsync("N-0003", PaymentStatus.Received);

        Assert.Empty(await NoticesAsync());
    }

    [Fact]
    public async Task The_list_shows_every_registered_kind_the_always_on_ones_fixed_and_ignores_attempts_to_turn_them_off()
    {
        var before = await Preferences.ForAsync(doesNot);
        var changed = await Preferences.SaveAsync(doesNot, new Dictionary<string, bool> { ["AccountSecurity"] = false, ["NoSuchTopic"] = true });

        Assert.Equal(["AccountSecurity", "ContactChanges", "DocumentReviewed", "FormUpdates", "MessageReplies", "PaymentPosted"], before.Select(s => s.Topic.Key).Order());
        Assert.All(before.Where(s => s.Topic.AlwaysOn), s => Assert.True(s.Wanted));
        Assert.False(before.Single(s => s.Topic.Key == "PaymentPosted").Wanted); // off until asked for
        Assert.False(changed);
        Assert.True((await Preferences.ForAsync(doesNot)).Single(s => s.Topic.Key == "AccountSecurity").Wanted);
    }

    private Task<RecordResult> RecordAsync(string receipt, PaymentStatus status) =>
        portal.Services.GetRequiredService<CaseRecordWriter>().RecordPaymentAsync(
            new NewPayment(DashboardCases.Arrears.Digits, receipt, new DateOnly(2026, 11, 20), 75m, PaymentSource.DirectPayment, status, null));

    private async Task<List<App.Infrastructure.Email.OutboxMessage>> NoticesAsync()
    {
        await using var db = await portal.CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == PaymentPostedEmail.Name).ToListAsync();
    }
}
