using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Cases.Records;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Profile;

/// <summary>
/// A parent's address and phone changes on their way to the case system and back: saved with their notice, written to
/// the case system's folder as a JSON file, and settled by the acknowledgement read from an import file.
/// </summary>
public sealed class ContactChangeFeedTests : IAsyncLifetime
{
    private static readonly MailingAddress NewAddress = new("418 W Roosevelt St", "Apt 3", "Las Cruces", "NM", "88005");

    private readonly string export = Path.Combine(Path.GetTempPath(), $"portal-export-{Guid.NewGuid():N}");
    private readonly ControlledPortal controlled = new();
    private WebApplicationFactory<Program> app = default!;
    private readonly string parent = $"rosa.{Guid.NewGuid():N}"[..16];

    public async Task InitializeAsync()
    {
        // The export runs when the test says, not in the background.
        app = controlled.WithWebHostBuilder(b =>
        {
            b.UseSetting("CaseSystem:ExportFolder", export);
            b.ConfigureServices(s => s.Remove(s.Single(d => d.ImplementationType == typeof(CaseSystemExportService))));
        });
        await using (var db = await Databases.CreateDbContextAsync())
        {
            await DashboardCases.AddAsync(db);
        }
        await TestAccounts.CreateActivatedAsync(app.Services, parent, personId: DashboardCases.Parent);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        controlled.Dispose();
        if (Directory.Exists(export)) Directory.Delete(export, recursive: true);
    }

    private IDbContextFactory<PortalDbContext> Databases => app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

    [Fact]
    public async Task A_new_address_is_saved_with_its_notice_and_written_to_the_case_systems_folder_as_one_file()
    {
        Assert.Equal(ProfileChangeResult.Saved, await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress)));

        await using (var db = await Databases.CreateDbContextAsync())
        {
            var change = await db.CaseSystemChanges.SingleAsync();
            Assert.Equal((CaseSystemChangeStatus.Waiting, DashboardCases.Parent), (change.Status, change.PersonId));
            Assert.DoesNotContain("Roosevelt", change.ProtectedContent, StringComparison.Ordinal); // encrypted at rest
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == ContactDetailsChangedEmail.Name));
            Assert.Equal(AccountActivityKind.AddressChangeSent, (await db.AccountActivities.SingleAsync()).Kind); // audited
            // Nothing reaches the case until it answers.
            Assert.All(await db.Participants.Where(p => p.PersonId == DashboardCases.Parent).ToListAsync(), p => Assert.Null(p.Address));
        }

        await Export.ExportDueAsync(default);

        var file = Assert.Single(Directory.GetFiles(export));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        var root = json.RootElement;
        var id = root.GetProperty("changeId").GetGuid();
        Assert.Equal(CaseSystemExport.FileName(id), Path.GetFileName(file));
        Assert.Equal("MailingAddress", root.GetProperty("kind").GetString());
        Assert.Equal(DashboardCases.Parent, root.GetProperty("personId").GetString());
        Assert.Equal("Parent", root.GetProperty("requestedBy").GetString());
        Assert.EndsWith("-07:00", root.GetProperty("requestedAt").GetString(), StringComparison.Ordinal);
        var address = root.GetProperty("address");
        Assert.Equal(("418 W Roosevelt St", "Apt 3", "Las Cruces", "NM", "88005"),
            (address.GetProperty("line1").GetString(), address.GetProperty("line2").GetString(), address.GetProperty("city").GetString(),
             address.GetProperty("state").GetString(), address.GetProperty("zip").GetString()));
        var overview = await ProfileAsync((p, s) => p.GetAsync(s));
        Assert.Equal(CaseSystemChangeStatus.Sent, overview!.AddressChange!.Status);
        Assert.Equal(controlled.Clock.GetUtcNow(), overview.AddressChange.SentAt);
    }

    [Fact]
    public async Task An_accepted_answer_moves_the_person_on_every_case_and_the_same_answer_again_is_a_duplicate()
    {
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress));
        await Export.ExportDueAsync(default);
        var id = await ChangeIdAsync();

        var first = await ImportAsync(Answer(id, "Accepted"));
        var again = await ImportAsync(Answer(id, "Accepted"));

        Assert.Equal(1, first.Accepted);
        Assert.Equal((0, 1), (again.Accepted, again.Duplicates));
        await using var db = await Databases.CreateDbContextAsync();
        var cases = await db.Participants.Where(p => p.PersonId == DashboardCases.Parent).ToListAsync();
        Assert.Equal(2, cases.Count); // the arrears case and the credit case
        Assert.All(cases, p => Assert.Equal(NewAddress, p.Address));
        Assert.Null((await db.Participants.SingleAsync(p => p.PersonId == DashboardCases.OtherParent)).Address);
        var overview = await ProfileAsync((p, s) => p.GetAsync(s));
        Assert.Equal((CaseSystemChangeStatus.Accepted, NewAddress), (overview!.AddressChange!.Status, overview.Address));
    }

    [Fact]
    public async Task A_rejection_keeps_the_address_and_gives_the_reason_and_other_answers_are_refused_with_theirs()
    {
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress));
        await Export.ExportDueAsync(default);
        var id = await ChangeIdAsync();

        var rejected = await ImportAsync(Answer(id, "Rejected", "USPS reports the address as undeliverable"));
        var report = await ImportAsync(Answer(id, "Accepted") + "," + Answer(Guid.NewGuid(), "Accepted") + "," + Answer(id, "Rejected", null)
            + ",{ \"changeId\": \"not-a-guid\", \"result\": \"Accepted\", \"acknowledgedAt\": \"2026-12-06T09:00:00-07:00\" }");

        Assert.Equal(1, rejected.Accepted);
        Assert.Equal(
            ["This change was already answered the other way; the first answer stands.", "No change has this id.", "A rejection needs its reason.", "changeId is not a change id (a GUID)."],
            report.Rows.Select(r => r.Reason));
        var overview = await ProfileAsync((p, s) => p.GetAsync(s));
        Assert.Null(overview!.Address);
        Assert.Equal((CaseSystemChangeStatus.Rejected, "USPS reports the address as undeliverable"), (overview.AddressChange!.Status, overview.AddressChange.RejectionReason));
    }

    [Fact]
    public async Task An_answer_to_an_older_change_does_not_undo_a_newer_one_already_accepted()
    {
        var older = new MailingAddress("1 Old Rd", null, "Mesa", "AZ", "85201");
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, older));
        controlled.Clock.Advance(TimeSpan.FromMinutes(5));
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress));
        await Export.ExportDueAsync(default);
        await using var db = await Databases.CreateDbContextAsync();
        var ids = await db.CaseSystemChanges.OrderBy(c => c.RequestedAt).Select(c => c.Id).ToListAsync();

        await ImportAsync(Answer(ids[1], "Accepted"));
        await ImportAsync(Answer(ids[0], "Accepted"));

        Assert.Equal(NewAddress, (await ProfileAsync((p, s) => p.GetAsync(s)))!.Address);
    }

    [Fact]
    public async Task The_address_already_on_its_way_is_not_sent_twice()
    {
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress));

        Assert.Equal(ProfileChangeResult.Unchanged, await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress)));

        await using var db = await Databases.CreateDbContextAsync();
        Assert.Equal(1, await db.CaseSystemChanges.CountAsync());
    }

    [Fact]
    public async Task A_folder_that_cannot_be_written_leaves_the_change_waiting_for_a_later_attempt()
    {
        await File.WriteAllTextAsync(export, "a file where the folder should be");
        await ProfileAsync(async (p, s) => await p.ChangeAddressAsync(s, NewAddress));

        var nextDue = await Export.ExportDueAsync(default);

        await using (var db = await Databases.CreateDbContextAsync())
        {
            var change = await db.CaseSystemChanges.SingleAsync();
            Assert.Equal(CaseSystemChangeStatus.Waiting, change.Status);
            Assert.NotNull(change.LastError);
            Assert.Equal(controlled.Clock.GetUtcNow().AddSeconds(10), nextDue);
        }
        File.Delete(export);
        await Export.ExportDueAsync(default);
        Assert.Empty(Directory.Exists(export) ? Directory.GetFiles(export) : []); // not due yet
        controlled.Clock.Advance(TimeSpan.FromSeconds(10));
        await Export.ExportDueAsync(default);
        Assert.Single(Directory.GetFiles(export));
    }

    [Fact]
    public async Task New_phone_numbers_replace_the_list_on_the_case_once_accepted()
    {
        IReadOnlyList<ParticipantPhone> phones = [new(PhoneKind.Mobile, "6025550134"), new(PhoneKind.Work, "4805550111")];
        Assert.Equal(ProfileChangeResult.Saved, await ProfileAsync(async (p, s) => await p.ChangePhonesAsync(s, phones)));
        await Export.ExportDueAsync(default);
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.GetFiles(export).Single())))
        {
            Assert.Equal("[{\"kind\":\"Mobile\",\"number\":\"6025550134\"},{\"kind\":\"Work\",\"number\":\"4805550111\"}]",
                json.RootElement.GetProperty("phones").GetRawText());
        }

        await ImportAsync(Answer(await ChangeIdAsync(), "Accepted"));

        Assert.Equal(phones, (await ProfileAsync((p, s) => p.GetAsync(s)))!.Phones);
    }

    [Fact]
    public async Task Contact_preferences_are_saved_and_the_notice_goes_in_the_newly_chosen_language()
    {
        Assert.Equal(ProfileChangeResult.Saved, await ProfileAsync(async (p, s) => await p.SaveContactPreferencesAsync(s, ContactMethod.Text, "es-US")));
        Assert.Equal(ProfileChangeResult.Unchanged, await ProfileAsync(async (p, s) => await p.SaveContactPreferencesAsync(s, ContactMethod.Text, "es-US")));

        var account = await TestAccounts.FindAsync(app.Services, parent);
        Assert.Equal((ContactMethod.Text, "es-US"), (account.PreferredContact, account.PreferredCulture));
        await using var db = await Databases.CreateDbContextAsync();
        var notice = await db.OutboxMessages.SingleAsync(m => m.Kind == ContactDetailsChangedEmail.Name);
        Assert.Equal("Cambiaron sus preferencias de contacto", notice.Subject);
    }

    [Fact]
    public async Task An_account_that_is_on_no_case_has_nothing_to_change()
    {
        var caseworker = $"staff.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(app.Services, caseworker, role: "Caseworker");
        var session = await TestSessions.StartAsync(app.Services, caseworker, controlled.Clock.GetUtcNow());

        await using var scope = app.Services.CreateAsyncScope();
        var profile = scope.ServiceProvider.GetRequiredService<AccountProfile>();
        Assert.Equal(ProfileChangeResult.NoCase, await profile.ChangeAddressAsync(session, NewAddress));
        Assert.False((await profile.GetAsync(session))!.HasCase);
    }

    private CaseSystemExport Export => app.Services.GetRequiredService<CaseSystemExport>();

    private async Task<T> ProfileAsync<T>(Func<AccountProfile, System.Security.Claims.ClaimsPrincipal, Task<T>> action)
    {
        var session = await TestSessions.StartAsync(app.Services, parent, controlled.Clock.GetUtcNow());
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountProfile>(), session);
    }

    private async Task<Guid> ChangeIdAsync()
    {
        await using var db = await Databases.CreateDbContextAsync();
        return await db.CaseSystemChanges.Select(c => c.Id).SingleAsync();
    }

    private static string Answer(Guid id, string result, string? reason = null) =>
        JsonSerializer.Serialize(new { changeId = id, result, reason, acknowledgedAt = "2026-12-06T09:30:00-07:00" });

    private async Task<ImportReport> ImportAsync(string answers)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes($$"""{ "changeAcknowledgements": [ {{answers}} ] }"""));
        return await app.Services.GetRequiredService<CaseRecordImporter>().ImportAsync(stream, ImportFormat.Json, "answers.json");
    }
}
