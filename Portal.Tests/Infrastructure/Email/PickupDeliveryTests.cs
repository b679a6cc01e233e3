using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.Tests.Infrastructure.Email;

public sealed class PickupDeliveryTests : IDisposable
{
    private readonly ControlledPortal portal = new() { UseConfiguredProvider = true };

    [Fact]
    public async Task A_message_written_to_the_pickup_folder_reads_back_exactly_as_it_was_sent()
    {
        var link = new Uri("https://portal.example/verify?token=abc&step=2");
        var id = await portal.QueueAsync(new VerifyEmailAddressEmail("José Núñez", link, portal.Clock.GetUtcNow().AddHours(24)), to: "jose@example.org");
        var queued = portal.Services.Readable(await portal.MessageAsync(id));

        await portal.Dispatcher.DispatchDueAsync(default);

        var file = Path.Combine(portal.MailFolder, $"{id:N}.eml");
        Assert.True(File.Exists(file));
        var read = await portal.Services.GetRequiredService<PickupMailbox>().FindAsync(id, default);
        Assert.NotNull(read);
        Assert.Equal(queued.Subject, read.Subject);
        Assert.Equal(queued.HtmlBody, read.HtmlBody);
        Assert.Equal(queued.TextBody, read.TextBody);
        Assert.Contains("jose@example.org", read.To);
        Assert.Contains($"Message-ID: <{id:N}@dcss.example.gov>", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Accented_subjects_survive_the_round_trip()
    {
        var outbox = portal.Services.GetRequiredService<EmailOutbox>();
        await using (var db = await portal.CreateDbContextAsync())
        {
            await outbox.QueueAsync(db, new EmailRecipient("ana@example.org", "Ana Peña", "es-US"), new PasswordChangedEmail("Ana Peña", portal.Clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await portal.Dispatcher.DispatchDueAsync(default);

        var message = Assert.Single(await portal.Services.GetRequiredService<PickupMailbox>().ListAsync(default));
        Assert.Contains("contraseña", message.Subject);
        Assert.Contains("Ana Peña", message.TextBody);
        Assert.Contains("Ana Peña", message.To);
    }

    [Fact]
    public async Task Sending_the_same_message_again_replaces_its_file_instead_of_adding_a_copy()
    {
        var sender = portal.Services.GetRequiredService<IEmailSender>();
        var email = new OutgoingEmail(Guid.NewGuid(), "parent@example.net", null, "Your username", "<p>html</p>", "text", "UsernameReminder");

        await sender.SendAsync(email, default);
        await sender.SendAsync(email, default);

        Assert.Single(Directory.GetFiles(portal.MailFolder, "*.eml"));
        Assert.Single(await portal.Services.GetRequiredService<PickupMailbox>().ListAsync(default));
    }

    public void Dispose() => portal.Dispose();
}
