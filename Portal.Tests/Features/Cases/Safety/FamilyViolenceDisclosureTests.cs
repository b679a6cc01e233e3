using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Safety;

/// <summary>
/// The other parent never sees a protected parent's address, phones or email: not on the dashboard, the case list, the
/// payments download or its print view, their own profile, nor in any email; and a protected parent's own address change
/// is echoed only to them. Each path is read as the other parent and searched for every form of the protected details.
/// </summary>
public sealed class FamilyViolenceDisclosureTests(FamilyViolenceCase portal) : IClassFixture<FamilyViolenceCase>
{
    private static readonly string CaseQuery = $"case={FamilyViolenceCase.Number.Digits}";

    private static readonly string[] Paths =
    [
        $"/dashboard?{CaseQuery}",
        "/dashboard",
        $"/dashboard/payments.csv?{CaseQuery}",
        $"/dashboard/payments.csv?{CaseQuery}&from=2026-01-01&to=2026-12-31",
        $"/dashboard/payments/print?{CaseQuery}",
        $"/dashboard/payments/print?{CaseQuery}&from=2026-01-01&to=2026-12-31",
    ];

    public static TheoryData<string> ParentPaths() => [.. Paths];

    [Theory]
    [MemberData(nameof(ParentPaths))]
    public async Task The_other_parent_is_shown_none_of_the_protected_parents_contact_details(string path)
    {
        using var client = portal.ClientFor(FamilyViolenceCase.Other);

        using var response = await client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertShowsNone(body, FamilyViolenceCase.ProtectedAddress);
    }

    [Fact]
    public async Task The_dashboard_names_the_protected_parent_by_first_name_and_initial_only()
    {
        using var client = portal.ClientFor(FamilyViolenceCase.Other);

        var body = await client.GetStringAsync($"/dashboard?{CaseQuery}");

        Assert.Contains("Sofia A.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Acevedo", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_protected_parent_sees_their_own_details_on_their_profile_and_the_other_parent_sees_only_theirs()
    {
        var own = await ProfileAsync(FamilyViolenceCase.ProtectedUser, (p, s) => p.GetAsync(s));
        var other = await ProfileAsync(FamilyViolenceCase.OtherUser, (p, s) => p.GetAsync(s));

        // The details are real and on the record: the searches above look for strings that exist.
        Assert.Equal(FamilyViolenceCase.ProtectedAddress, own!.Address);
        Assert.Contains(FamilyViolenceCase.ProtectedPhone, own.Phones);
        Assert.NotEqual(FamilyViolenceCase.ProtectedAddress, other!.Address);
        Assert.DoesNotContain(FamilyViolenceCase.ProtectedPhone, other.Phones);
        Assert.DoesNotContain(FamilyViolenceCase.ProtectedWorkPhone, other.Phones);
    }

    [Fact]
    public async Task A_protected_parents_new_address_reaches_their_case_but_nothing_the_other_parent_can_see()
    {
        var moved = new MailingAddress("1509 E Cooley Rd", "Spc 41", "Pinetop", "AZ", "85935");
        Assert.Equal(ProfileChangeResult.Saved, await ProfileAsync(FamilyViolenceCase.ProtectedUser, (p, s) => p.ChangeAddressAsync(s, moved)));
        Guid changeId;
        await using (var db = await portal.Databases.CreateDbContextAsync())
        {
            changeId = await db.CaseSystemChanges.Where(c => c.PersonId == FamilyViolenceCase.Protected).Select(c => c.Id).SingleAsync();
        }
        var changes = portal.App.Services.GetRequiredService<CaseSystemChanges>();
        Assert.Equal(AcknowledgementResult.Recorded, await changes.RecordAsync(new CaseSystemAcknowledgement(changeId, true, null, portal.Clock.GetUtcNow())));

        await using (var db = await portal.Databases.CreateDbContextAsync())
        {
            Assert.Equal(moved, (await db.Participants.SingleAsync(p => p.PersonId == FamilyViolenceCase.Protected)).Address);
            // The notice goes to the account that made the change, and to no one else.
            var notices = await db.OutboxMessages.Where(m => m.Kind == ContactDetailsChangedEmail.Name).ToListAsync();
            Assert.Equal([$"{FamilyViolenceCase.ProtectedUser}@example.net"], notices.Select(n => n.ToAddress));
            foreach (var message in await db.OutboxMessages.Where(m => m.ToAddress != $"{FamilyViolenceCase.ProtectedUser}@example.net").ToListAsync())
            {
                var readable = portal.App.Services.Readable(message);
                AssertShowsNone(readable.Subject + readable.HtmlBody + readable.TextBody, moved);
            }
        }
        using var client = portal.ClientFor(FamilyViolenceCase.Other);
        foreach (var path in Paths)
        {
            AssertShowsNone(await client.GetStringAsync(path), moved);
        }
        var other = await ProfileAsync(FamilyViolenceCase.OtherUser, (p, s) => p.GetAsync(s));
        Assert.NotEqual(moved, other!.Address);
        Assert.Null(other.AddressChange);
    }

    private static void AssertShowsNone(string body, MailingAddress address)
    {
        foreach (var value in FamilyViolenceCase.ProtectedStrings(address))
        {
            Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<T> ProfileAsync<T>(string userName, Func<AccountProfile, System.Security.Claims.ClaimsPrincipal, Task<T>> action)
    {
        var session = await TestSessions.StartAsync(portal.App.Services, userName, portal.Clock.GetUtcNow());
        await using var scope = portal.App.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AccountProfile>(), session);
    }
}
