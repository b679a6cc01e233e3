using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Recovery;

[Collection(RecoveryCollection.Name)]
public sealed class CaseNumberRemindersTests(RecoveryPortal fixture)
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    private CaseNumberReminders Reminders => fixture.Portal.Services.GetRequiredService<CaseNumberReminders>();

    internal static CaseNumberLookupRequest Request(DemoParent parent) =>
        new(Ssn.Parse(parent.Ssn), parent.DateOfBirth, parent.AddressLine1, parent.AddressLine2, parent.Zip);

    [Fact]
    public async Task A_registered_parent_is_emailed_the_case_number_at_the_address_on_file()
    {
        var parent = Demo.RegisteredParent;
        var before = await fixture.CountEmailsAsync("CaseNumberReminder", parent.Email);
        // Typed loosely, as registration accepts it.
        var typed = Request(parent) with { AddressLine1 = parent.AddressLine1.ToUpperInvariant() + ", " + parent.AddressLine2, AddressLine2 = null };

        Assert.Equal(CaseNumberLookupResult.Emailed, await Reminders.SendAsync(typed, "198.51.100.20", default));

        Assert.Equal(before + 1, await fixture.CountEmailsAsync("CaseNumberReminder", parent.Email));
        await using var db = await fixture.Portal.CreateDbContextAsync();
        var message = db.OutboxMessages.Where(m => m.Kind == "CaseNumberReminder").AsEnumerable().Last();
        Assert.Contains(parent.CaseNumber, fixture.Portal.Services.Readable(message).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_email_goes_out_for_details_that_do_not_match_or_a_parent_without_an_account()
    {
        var before = await fixture.CountEmailsAsync("CaseNumberReminder");

        var wrongZip = Request(Demo.RegisteredParent) with { Zip = "85001" };
        Assert.Equal(CaseNumberLookupResult.NoRegisteredMatch, await Reminders.SendAsync(wrongZip, "198.51.100.21", default));
        Assert.Equal(CaseNumberLookupResult.NoRegisteredMatch, await Reminders.SendAsync(Request(Demo.NonIvDParent), "198.51.100.21", default));

        Assert.Equal(before, await fixture.CountEmailsAsync("CaseNumberReminder"));
    }

    [Fact]
    public async Task A_client_beyond_its_limit_gets_no_email_even_for_a_match()
    {
        var wrong = Request(Demo.RegisteredParent) with { Zip = "85002" };
        for (var i = 0; i < 5; i++) await Reminders.SendAsync(wrong, "198.51.100.30", default);
        var before = await fixture.CountEmailsAsync("CaseNumberReminder");

        Assert.Equal(CaseNumberLookupResult.RateLimited, await Reminders.SendAsync(Request(Demo.RegisteredParent), "198.51.100.30", default));
        Assert.Equal(before, await fixture.CountEmailsAsync("CaseNumberReminder"));
        Assert.DoesNotContain(Demo.RegisteredParent.Ssn, fixture.Portal.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Demo.RegisteredParent.Email, fixture.Portal.Logs.AllText, StringComparison.OrdinalIgnoreCase);
    }
}
