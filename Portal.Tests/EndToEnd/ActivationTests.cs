using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Shared;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
public sealed class ActivationTests(BrowserFixture browser, SeededPortal portal)
{
    [Fact]
    public async Task A_new_parent_follows_the_emailed_link_through_password_questions_and_pin_to_an_active_account()
    {
        var parent = UnregisteredParent();
        var email = await CreateAccountAsync(parent);
        var link = await EmailedLinkAsync(email);

        // The whole activation at phone width.
        await using var session = await browser.OpenAsync(portal.Factory, link.PathAndQuery, width: PortalSite.PhoneWidth);
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await ActivationJourney.CompleteAsync(page);

        await using var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.PersonId == parent["PersonId"]);
        Assert.True(user.EmailConfirmed);
        Assert.NotNull(user.ActivatedAt);
    }

    /// <summary>
    /// An open IV-D case's parent without a demo account, chosen the same way every run and never the demo
    /// ReadyToRegister parent (the registration wizard's end-to-end test registers that one in this database).
    /// </summary>
    private static IReadOnlyDictionary<string, string> UnregisteredParent()
    {
        var demo = DemoData.Load().Identities;
        var taken = new[] { demo.ReadyToRegister.PersonId, demo.RegisteredParent.PersonId, demo.NonIvDParent.PersonId };
        var openIvD = SeedCsv.Rows("cases.csv").Where(c => c["Program"] == "IvD" && c["Status"] == "Open").Select(c => c["CaseNumber"]).ToHashSet();
        var participants = SeedCsv.Rows("participants.csv").ToList();
        return participants
            .Where(p => openIvD.Contains(p["CaseNumber"]) && p["Role"] is "CustodialParent" or "NonCustodialParent")
            .Where(p => !taken.Contains(p["PersonId"]) && p["Ssn"].Length > 0 && p["Email"].Length > 0 && p["Zip"].Length > 0)
            .Where(p => participants.Count(other => other["PersonId"] == p["PersonId"]) == 1)
            .OrderByDescending(p => p["PersonId"], StringComparer.Ordinal)
            .First();
    }

    private async Task<string> CreateAccountAsync(IReadOnlyDictionary<string, string> row)
    {
        var services = portal.Factory.KestrelServices;
        var request = new CaseMatchRequest(CaseNumber.Parse(row["CaseNumber"]), Ssn.Parse(row["Ssn"]),
            DateOnly.Parse(row["DateOfBirth"], CultureInfo.InvariantCulture), row["AddressLine1"], row["AddressLine2"] is { Length: > 0 } line2 ? line2 : null, row["Zip"]);
        var match = await services.GetRequiredService<CaseMatcher>().MatchAsync(request, "198.51.100.77", default);
        var parent = Assert.IsType<CaseMatchResult.Matched>(match).Parent;
        var email = row["Email"];
        var account = new NewAccount(Guid.NewGuid(), parent, email, $"activation.{row["PersonId"].ToLowerInvariant()}", ContactMethod.Email, "en-US");
        Assert.IsType<AccountCreationResult.Created>(await services.GetRequiredService<AccountRegistration>().CreateAsync(account, "127.0.0.1", portal.Factory.ServerAddress, default));
        return email;
    }

    private async Task<Uri> EmailedLinkAsync(string email)
    {
        Guid id;
        await using (var db = await portal.Factory.KestrelServices.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            id = await db.OutboxMessages.Where(m => m.ToAddress == email && m.Kind == "VerifyEmailAddress").OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
        }
        var file = await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);
        // The pickup sender moves a finished file into place, so it is complete when it appears.
        var message = EmlReader.Read(id, await File.ReadAllTextAsync(file));
        var link = VerificationEmails.LinkIn(message.TextBody);
        Assert.StartsWith(portal.Factory.ServerAddress.ToString().TrimEnd('/'), link.ToString(), StringComparison.Ordinal);
        return link;
    }
}
