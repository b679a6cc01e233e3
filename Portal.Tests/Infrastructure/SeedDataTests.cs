using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure;

public sealed class SeedDataTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    private static readonly DemoData Demo = DemoData.Load();
    private static readonly string[] DatabaseFileSuffixes = ["", "-wal", "-shm"];

    [Fact]
    public async Task Every_row_of_the_seed_files_is_loaded()
    {
        await using var db = await CreateDbContextAsync();

        Assert.Equal(SeedCsv.RowCount("cases.csv"), await db.Cases.CountAsync());
        Assert.Equal(SeedCsv.RowCount("participants.csv"), await db.Participants.CountAsync());
        Assert.Equal(SeedCsv.RowCount("support-orders.csv"), await db.SupportOrders.CountAsync());
        Assert.Equal(SeedCsv.RowCount("payments.csv"), await db.Payments.CountAsync());
        Assert.Equal(SeedCsv.RowCount("case-actions.csv"), await db.CaseActions.CountAsync());
        Assert.Equal(SeedCsv.RowCount("offices.csv"), await db.Offices.CountAsync());
        Assert.True(await db.Cases.CountAsync() >= 500);
    }

    [Fact]
    public async Task The_family_violence_indicators_of_the_seed_files_are_loaded_and_the_demo_parents_case_has_none()
    {
        await using var db = await CreateDbContextAsync();
        var markedCases = SeedCsv.Rows("cases.csv").Where(r => r["FamilyViolence"] == "True").Select(r => r["CaseNumber"]).Order().ToList();
        var markedPeople = SeedCsv.Rows("participants.csv").Where(r => r["FamilyViolence"] == "True").Select(r => $"{r["CaseNumber"]}/{r["PersonId"]}").Order().ToList();

        var loadedCases = (await db.Cases.Where(c => c.FamilyViolence).Select(c => c.Number).ToListAsync()).Select(n => n.Digits).Order().ToList();
        var loadedPeople = (await (from p in db.Participants where p.FamilyViolence join c in db.Cases on p.CaseId equals c.Id select new { c.Number, p.PersonId }).ToListAsync())
            .Select(p => $"{p.Number.Digits}/{p.PersonId}").Order().ToList();

        Assert.NotEmpty(markedCases);
        Assert.NotEmpty(markedPeople);
        Assert.Equal(markedCases, loadedCases);
        Assert.Equal(markedPeople, loadedPeople);
        Assert.DoesNotContain(Demo.Identities.RegisteredParent.CaseNumber, markedCases);
        Assert.DoesNotContain(markedPeople, p => p.StartsWith(Demo.Identities.RegisteredParent.CaseNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_database_file_holds_no_plain_text_ssn()
    {
        var ssns = SeedCsv.Column("participants.csv", "Ssn").Where(s => s.Length > 0).Distinct().ToList();
        Assert.True(ssns.Count > 1000, "the scan needs the seeded SSNs to look for");
        var bytes = DatabaseBytes();

        // The scan reads real data: a seeded case number is there in plain text.
        Assert.True(Contains(bytes, Demo.Identities.ReadyToRegister.CaseNumber));
        foreach (var ssn in ssns)
        {
            var digits = Ssn.Parse(ssn).UnmaskedDigits;
            Assert.False(Contains(bytes, digits), $"SSN {Ssn.Parse(ssn)} found in plain text");
            Assert.False(Contains(bytes, $"{digits[..3]}-{digits[3..5]}-{digits[5..]}"), $"SSN {Ssn.Parse(ssn)} found in plain text");
        }
    }

    [Fact]
    public void Loading_the_demo_data_logs_no_ssn()
    {
        var logs = seeded.Factory.Logs.AllText;

        Assert.Contains("Loaded the demo data", logs);
        foreach (var digits in SeedCsv.Column("participants.csv", "Ssn").Where(s => s.Length > 0).Select(s => Ssn.Parse(s).UnmaskedDigits))
        {
            Assert.DoesNotContain(digits, logs);
            Assert.DoesNotContain($"{digits[..3]}-{digits[3..5]}-{digits[5..]}", logs);
        }
    }

    [Fact]
    public async Task A_parent_is_found_by_the_fingerprint_of_their_ssn_and_shown_only_its_last_four()
    {
        var parent = Demo.Identities.ReadyToRegister;
        var fingerprint = seeded.Factory.Services.GetRequiredService<ISsnFingerprinter>().Fingerprint(Ssn.Parse(parent.Ssn));
        await using var db = await CreateDbContextAsync();

        var found = await db.Participants.SingleAsync(p => p.SsnFingerprint == fingerprint);

        Assert.Equal(parent.PersonId, found.PersonId);
        Assert.Equal(Ssn.Parse(parent.Ssn).Last4, found.SsnLast4);
    }

    [Fact]
    public async Task The_demo_accounts_can_sign_in_with_their_documented_passwords()
    {
        await using var scope = seeded.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var ids = Demo.Identities;

        var parent = await users.FindByNameAsync(ids.RegisteredParent.UserName!);
        Assert.NotNull(parent);
        Assert.True(parent.EmailConfirmed);
        Assert.Equal(ids.RegisteredParent.PersonId, parent.PersonId);
        Assert.True(await users.CheckPasswordAsync(parent, ids.RegisteredParent.Password!));
        Assert.Empty(await users.GetRolesAsync(parent));

        foreach (var staff in new[] { ids.Caseworker, ids.Supervisor })
        {
            var user = await users.FindByNameAsync(staff.UserName);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, staff.Password));
            Assert.Equal([staff.Role], await users.GetRolesAsync(user));
        }
    }

    [Fact]
    public async Task The_ready_to_register_parent_has_no_account_and_is_on_an_open_iv_d_case()
    {
        var parent = Demo.Identities.ReadyToRegister;
        await using var db = await CreateDbContextAsync();

        Assert.False(await db.Users.AnyAsync(u => u.PersonId == parent.PersonId));
        var @case = await db.Cases.Include(c => c.Participants).SingleAsync(c => c.Participants.Any(p => p.PersonId == parent.PersonId));
        Assert.True(@case.IsServedByPortal);
        Assert.Equal(parent.CaseNumber, @case.Number.Digits);
    }

    private Task<PortalDbContext> CreateDbContextAsync() =>
        seeded.Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    private byte[] DatabaseBytes()
    {
        using var stream = new MemoryStream();
        foreach (var file in DatabaseFileSuffixes.Select(suffix => seeded.Factory.DatabasePath + suffix).Where(File.Exists))
        {
            using var reader = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            reader.CopyTo(stream);
        }
        return stream.ToArray();
    }

    private static bool Contains(byte[] haystack, string needle) =>
        haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
