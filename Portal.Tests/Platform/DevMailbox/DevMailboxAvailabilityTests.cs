using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.Tests.Platform.DevMailbox;

/// <summary>The mailbox shows every sign-in code to whoever opens it: Development only, and Pickup elsewhere only when asked for by name.</summary>
public sealed class DevMailboxAvailabilityTests
{
    [Fact]
    public void Production_with_the_pickup_folder_and_no_unsafe_setting_does_not_start_and_names_the_setting()
    {
        var error = StartupValidation.Check(builder => builder.AddPortalEmail(),
            new Dictionary<string, string?> { ["Email:Provider"] = "Pickup", ["Email:FromAddress"] = "portal@dcss.example.gov" });

        Assert.NotNull(error);
        Assert.Contains("Email:Pickup:AllowOutsideDevelopmentUnsafe=true", error.Message);
    }

    [Fact]
    public void Development_with_the_pickup_folder_starts_without_the_unsafe_setting()
    {
        Assert.Null(StartupValidation.Check(builder => builder.AddPortalEmail(),
            new Dictionary<string, string?> { ["Email:Provider"] = "Pickup", ["Email:FromAddress"] = "portal@dcss.example.gov" }, environment: "Development"));
    }

    [Fact]
    public async Task Production_allowed_to_use_the_pickup_folder_still_serves_no_mailbox_and_shows_no_link_to_it()
    {
        using var portal = new PortalAppFactory(environment: "Production");
        var id = await QueueMessageAsync(portal);
        var client = portal.CreateClient();

        var list = await client.GetAsync("/dev/mailbox");
        var message = await client.GetAsync($"/dev/mailbox/{id:N}");
        var home = await client.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, message.StatusCode);
        Assert.DoesNotContain("Development mailbox", await message.Content.ReadAsStringAsync());
        Assert.DoesNotContain("dev/mailbox", home);
        Assert.Null(portal.Services.GetService<PickupMailbox>());
    }

    [Fact]
    public async Task Development_serves_the_mailbox_its_link_and_a_message_with_200()
    {
        using var portal = new PortalAppFactory();
        var id = await QueueMessageAsync(portal);
        var client = portal.CreateClient();

        var list = await client.GetAsync("/dev/mailbox");
        var message = await client.GetAsync($"/dev/mailbox/{id:N}");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Contains("dev/mailbox", await client.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        Assert.Contains("elisa.lang@example.net", await message.Content.ReadAsStringAsync());
    }

    private static async Task<Guid> QueueMessageAsync(PortalAppFactory portal)
    {
        var services = portal.Services;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            await services.GetRequiredService<EmailOutbox>().QueueAsync(db, new EmailRecipient("elisa.lang@example.net", "Elisa Lang", "en-US"),
                new VerifyEmailAddressEmail("Elisa Lang", new Uri("https://portal.example/verify?token=abc"), DateTimeOffset.UtcNow.AddHours(24)));
            await db.SaveChangesAsync();
        }
        await using var read = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var id = (await read.OutboxMessages.SingleAsync()).Id;
        await MailFolderWatcher.WaitForMessageAsync(portal.MailFolder, id);
        return id;
    }
}
