using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.SendGrid;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>
/// What the SendGrid sender tests share: for each test (xunit makes a test class per test) a fresh
/// <see cref="FakeSendGridServer"/> on loopback, the logs and a clock the test moves; one verification email; and
/// senders over real HttpClients pointed at the fake, directly or through the app's registrations.
/// </summary>
public abstract class SendGridSenderTestBase : IAsyncLifetime
{
    protected const string ApiKey = "SG.test-key.never-to-be-logged";
    protected const string Recipient = "maria.lopez@example.com";
    protected const string FromAddress = "no-reply@childsupport.example.gov";

    protected static readonly OutgoingEmail Verification = new(
        Guid.Parse("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"),
        Recipient,
        "María López",
        "Confirm your email address",
        "<p>Your code is <strong>482913</strong></p>",
        "Your code is 482913",
        "EmailVerification");

    private readonly ILoggerFactory loggerFactory;
    private readonly List<IDisposable> owned = [];

    protected SendGridSenderTestBase() => loggerFactory = LoggerFactory.Create(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));

    /// <summary>The listener playing SendGrid: script its answers, read what it received.</summary>
    protected FakeSendGridServer SendGrid { get; private set; } = null!;

    protected CapturedLogs Logs { get; } = new();

    protected ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero));

    /// <summary>A sender as the app builds it, over a plain HttpClient, aimed at the fake server unless told otherwise.</summary>
    protected SendGridEmailSender Sender(SendGridOptions? options = null, TimeSpan? timeout = null)
    {
        var http = Own(new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(30) });
        return new SendGridEmailSender(
            http,
            Options.Create(new EmailOptions { FromAddress = FromAddress }),
            Options.Create(options ?? Aimed(SendGrid.BaseAddress)),
            Time,
            loggerFactory.CreateLogger<SendGridEmailSender>());
    }

    /// <summary>The options the tests start from: our key, and <paramref name="baseAddress"/>.</summary>
    protected static SendGridOptions Aimed(Uri baseAddress) => new() { ApiKey = ApiKey, BaseAddress = baseAddress };

    /// <summary>The registrations of <c>AddSendGridEmailSender</c> over <paramref name="settings"/>, as the app makes them.</summary>
    protected ServiceProvider Services(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        settings["Email:FromAddress"] = FromAddress;
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(b => b.AddProvider(Logs));
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSendGridEmailSender();
        configure?.Invoke(services);
        return Own(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
    }

    public async Task InitializeAsync() => SendGrid = await FakeSendGridServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var disposable in owned) disposable.Dispose();
        loggerFactory.Dispose();
        await SendGrid.DisposeAsync();
    }

    private T Own<T>(T disposable) where T : IDisposable
    {
        owned.Add(disposable);
        return disposable;
    }
}
