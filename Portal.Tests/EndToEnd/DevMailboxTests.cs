using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.Tests.EndToEnd;

[Collection(E2ESecondLane.Name)]
public sealed class DevMailboxTests(BrowserFixture browser, SeededPortal portal)
{
    [Fact]
    public async Task A_queued_message_can_be_read_in_the_development_mailbox_and_its_link_followed()
    {
        var services = portal.Factory.KestrelServices;
        var link = new Uri(portal.Factory.ServerAddress, "/faq");
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await services.GetRequiredService<EmailOutbox>().QueueAsync(db, new EmailRecipient("elisa.lang@example.net", "Elisa Lang", "en-US"),
                new VerifyEmailAddressEmail("Elisa Lang", link, DateTimeOffset.UtcNow.AddHours(24)));
            await db.SaveChangesAsync();
        }
        var (id, subject) = await LatestMessageAsync(services);
        await MailFolderWatcher.WaitForMessageAsync(portal.Factory.MailFolder, id);

        await using var session = await browser.OpenAsync(portal.Factory, "/dev/mailbox");
        var page = session.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Development mailbox" })).ToBeVisibleAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = subject }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = subject })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("elisa.lang@example.net").First).ToBeVisibleAsync();
        await Assertions.Expect(page.FrameLocator("iframe").GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        // The message itself sits in a script-less sandbox axe cannot enter; the templates' tests check its markup.
        await page.AssertNoSeriousAccessibilityViolationsAsync(scanFrames: false);

        await page.GetByRole(AriaRole.Region, new() { Name = "Links in this message" }).GetByRole(AriaRole.Link, new() { Name = link.ToString() }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Frequently asked questions" })).ToBeVisibleAsync();
    }

    private static async Task<(Guid Id, string Subject)> LatestMessageAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var latest = await db.OutboxMessages.OrderByDescending(m => m.CreatedAt).FirstAsync();
        return (latest.Id, latest.Subject);
    }
}
