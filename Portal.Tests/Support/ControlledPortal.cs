using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Portal.App.Features.Cases.Payments;
using Portal.App.Infrastructure.Payments.Sandbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.App.Features.Accounts.Recovery.Emails;

namespace Portal.Tests.Support;

/// <summary>
/// The app with a clock and an email provider the test controls, and without the background services that
/// act as time passes (the outbox dispatcher, the purge of unverified accounts), so a test moves time and
/// runs each round itself, and sees exactly what happened (the recurring payments' scheduler too). The payment sandbox's
/// webhooks reach the app through the test server.
/// </summary>
public sealed class ControlledPortal(bool seed = false, PostgresDatabase? postgres = null) : PortalAppFactory(seed, postgres: postgres)
{
    public ManualTimeProvider Clock { get; } = new();

    public ScriptedEmailSender Provider { get; } = new();

    /// <summary>Replace the scripted provider with the app's configured one (Pickup).</summary>
    public bool UseConfiguredProvider { get; init; }

    /// <summary>Polly's quick retries within one attempt; off by default so each dispatch round is one provider call.</summary>
    public int ImmediateRetries { get; init; }

    public OutboxDispatcher Dispatcher => Services.GetRequiredService<OutboxDispatcher>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Outbox:ImmediateRetries", ImmediateRetries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Outbox:ImmediateRetryDelay", "00:00:00.010");
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            if (!UseConfiguredProvider) services.AddSingleton<IEmailSender>(Provider);
            services.Remove(services.Single(d => d.ImplementationType == typeof(OutboxDispatcherService)));
            services.Remove(services.Single(d => d.ImplementationType == typeof(UnverifiedAccountPurgeService)));
            services.Remove(services.Single(d => d.ImplementationType == typeof(RecurringPaymentService)));
            // The sandbox processor delivers its webhooks over HTTP to the app itself: here, through the test server.
            services.AddHttpClient(SandboxWebhookSender.ClientName)
                .ConfigurePrimaryHttpMessageHandler(provider => ((TestServer)provider.GetRequiredService<IServer>()).CreateHandler());
        });
    }

    public Task<PortalDbContext> CreateDbContextAsync() =>
        Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();

    /// <summary>Queues one message the way a feature does: in a unit of work that it then saves.</summary>
    public async Task<Guid> QueueAsync(EmailTemplate? template = null, string to = "parent@example.net")
    {
        await using var db = await CreateDbContextAsync();
        await Services.GetRequiredService<EmailOutbox>().QueueAsync(db, new EmailRecipient(to, "Test Parent", "en-US"),
            template ?? new UsernameReminderEmail("Test Parent", "test.parent"));
        await db.SaveChangesAsync();
        return await db.OutboxMessages.OrderByDescending(m => m.CreatedAt).Select(m => m.Id).FirstAsync();
    }

    public async Task<OutboxMessage> MessageAsync(Guid id)
    {
        await using var db = await CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
