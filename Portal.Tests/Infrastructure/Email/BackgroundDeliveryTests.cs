using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Recovery.Emails;

namespace Portal.Tests.Infrastructure.Email;

public sealed class BackgroundDeliveryTests
{
    [Fact]
    public async Task A_committed_message_is_sent_at_once_by_the_background_dispatcher()
    {
        using var portal = new PortalAppFactory();
        await AssertSentAtOnceAsync(portal);
    }

    /// <summary>The wake-up is an interceptor added to PortalDbContext's options: PostgreSQL's context must take it over.</summary>
    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_a_committed_message_is_sent_at_once_by_the_background_dispatcher() =>
        PostgresDatabase.WithPortalAsync(AssertSentAtOnceAsync);

    private static async Task AssertSentAtOnceAsync(PortalAppFactory portal)
    {
        // Far longer than the test may take: only the commit's wake-up can deliver it in time.
        portal.Settings["Email:Outbox:IdleCheckInterval"] = "01:00:00";
        _ = portal.Server;

        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await portal.Services.GetRequiredService<EmailOutbox>().QueueAsync(db, new EmailRecipient("parent@example.net", null, "en-US"), new UsernameReminderEmail("Parent", "parent.user"));
            await db.SaveChangesAsync();
        }

        var file = await MailFolderWatcher.WaitForMessageAsync(portal.MailFolder);
        Assert.Contains("parent.user", App.Infrastructure.Email.Pickup.EmlReader.Read(Guid.Empty, await File.ReadAllTextAsync(file)).TextBody);
    }
}
