using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.SendGrid;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

public sealed class SendGridEmailSenderTests : IDisposable
{
    private const string ApiKey = "SG.test-key.never-to-be-logged";
    private const string Recipient = "maria.lopez@example.com";

    private static readonly OutgoingEmail Verification = new(
        Guid.Parse("3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b"),
        Recipient,
        "María López",
        "Confirm your email address",
        "<p>Your code is <strong>482913</strong></p>",
        "Your code is 482913",
        "EmailVerification");

    private readonly CapturedLogs logs = new();
    private readonly ManualTimeProvider time = new(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero));
    private readonly ILoggerFactory loggerFactory;

    public SendGridEmailSenderTests() => loggerFactory = LoggerFactory.Create(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));

    public void Dispose() => loggerFactory.Dispose();

    [Fact]
    public async Task Request_is_an_authenticated_JSON_POST_to_mail_send()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted);

        await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var request = handler.SingleRequest;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(new Uri("https://api.sendgrid.com/v3/mail/send"), request.Uri);
        Assert.Equal($"Bearer {ApiKey}", request.Header("Authorization"));
        Assert.Equal("application/json", request.ContentType);
    }

    [Theory]
    [InlineData("https://api.eu.sendgrid.com", "https://api.eu.sendgrid.com/v3/mail/send")]
    [InlineData("https://mail-proxy.example/sendgrid", "https://mail-proxy.example/sendgrid/v3/mail/send")]
    [InlineData("https://mail-proxy.example/sendgrid/", "https://mail-proxy.example/sendgrid/v3/mail/send")]
    public async Task Request_goes_to_the_configured_base_address(string baseAddress, string expected)
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted);

        await SenderOver(handler, new SendGridOptions { ApiKey = ApiKey, BaseAddress = new Uri(baseAddress) }).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new Uri(expected), handler.SingleRequest.Uri);
    }

    [Fact]
    public async Task Body_follows_SendGrid_mail_send_contract()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted);

        await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        using var body = JsonDocument.Parse(handler.SingleRequest.Body);
        var root = body.RootElement;
        var to = Assert.Single(Assert.Single(root.GetProperty("personalizations").EnumerateArray()).GetProperty("to").EnumerateArray());
        Assert.Equal(Recipient, to.GetProperty("email").GetString());
        Assert.Equal("María López", to.GetProperty("name").GetString());

        Assert.Equal("no-reply@childsupport.example.gov", root.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Arizona Child Support Portal", root.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Confirm your email address", root.GetProperty("subject").GetString());

        var content = root.GetProperty("content").EnumerateArray().Select(c => (c.GetProperty("type").GetString(), c.GetProperty("value").GetString())).ToList();
        Assert.Equal([("text/plain", "Your code is 482913"), ("text/html", "<p>Your code is <strong>482913</strong></p>")], content);

        Assert.Equal("<3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b@childsupport.example.gov>", root.GetProperty("headers").GetProperty("Message-ID").GetString());
        Assert.Equal("3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b", root.GetProperty("custom_args").GetProperty("outbox_id").GetString());
        Assert.Equal("EmailVerification", root.GetProperty("custom_args").GetProperty("kind").GetString());

        var tracking = root.GetProperty("tracking_settings");
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable").GetBoolean());
        Assert.False(tracking.GetProperty("click_tracking").GetProperty("enable_text").GetBoolean());
        Assert.False(tracking.GetProperty("open_tracking").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task Recipient_name_is_left_out_when_unknown()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted);

        await SenderOver(handler).SendAsync(Verification with { ToName = null }, CancellationToken.None);

        using var body = JsonDocument.Parse(handler.SingleRequest.Body);
        var to = body.RootElement.GetProperty("personalizations")[0].GetProperty("to")[0];
        Assert.Equal(Recipient, to.GetProperty("email").GetString());
        Assert.False(to.TryGetProperty("name", out _));
    }

    [Fact]
    public async Task Every_attempt_carries_the_same_Message_ID()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.ServiceUnavailable);
        var sender = SenderOver(handler);

        await sender.SendAsync(Verification, CancellationToken.None);
        await sender.SendAsync(Verification, CancellationToken.None);

        var messageIds = handler.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("headers").GetProperty("Message-ID").GetString()).ToList();
        Assert.Equal(2, messageIds.Count);
        Assert.Equal(messageIds[0], messageIds[1]);
    }

    [Fact]
    public async Task Accepted_is_delivered_with_SendGrid_message_id()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted, configure: r => r.Headers.Add("X-Message-Id", "W86EgYT6SQKk0lRflfLRsA"));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered("W86EgYT6SQKk0lRflfLRsA"), result);
    }

    [Fact]
    public async Task Accepted_without_a_message_id_is_still_delivered()
    {
        var result = await SenderOver(RecordingHttpHandler.Replying(HttpStatusCode.Accepted)).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered(null), result);
    }

    [Fact]
    public async Task Bad_request_is_permanent_with_SendGrid_error_message()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"The from email does not contain a valid address.","field":"from.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from"}]}""");

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.Contains("The from email does not contain a valid address.", permanent.Reason);
        Assert.Contains("from.email", permanent.Reason);
        Assert.Contains("400", permanent.Reason);
    }

    [Fact]
    public async Task Address_in_SendGrid_error_is_redacted_to_its_domain()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"Does not contain a valid address: maria.lopez@example.com","field":"personalizations.0.to.0.email"},{"message":"Too many recipients"}]}""");

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.DoesNotContain(Recipient, permanent.Reason);
        Assert.DoesNotContain("maria.lopez", permanent.Reason);
        Assert.Contains("Does not contain a valid address: ***@example.com", permanent.Reason);
        Assert.Contains("Too many recipients", permanent.Reason);
    }

    [Fact]
    public async Task Error_body_that_is_not_SendGrid_JSON_is_reported_as_text()
    {
        var handler = new RecordingHttpHandler((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.RequestEntityTooLarge)
        {
            Content = new StringContent("<html><body>413 Request Entity Too Large</body></html>"),
        }));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.Contains("413 Request Entity Too Large", permanent.Reason);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, 401)]
    [InlineData(HttpStatusCode.Forbidden, 403)]
    public async Task Rejected_key_is_permanent_and_says_so_without_revealing_it(HttpStatusCode status, int code)
    {
        // A provider that echoes the credential back must not get it into the outbox row or the logs.
        var handler = RecordingHttpHandler.Replying(status, $$"""{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked: {{ApiKey}}","field":null,"help":null}]}""");

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.StartsWith($"SendGrid rejected the API key ({code})", permanent.Reason);
        Assert.Contains("authorization grant is invalid", permanent.Reason);
        Assert.DoesNotContain(ApiKey, permanent.Reason);
        Assert.DoesNotContain(ApiKey, logs.AllText);
    }

    [Fact]
    public async Task Rate_limit_is_transient_and_honours_Retry_After_seconds()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.TooManyRequests,
            """{"errors":[{"message":"too many requests","field":null,"help":null}]}""",
            r => r.Headers.Add("Retry-After", "120"));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(120), transient.RetryAfter);
        Assert.Contains("429", transient.Reason);
    }

    [Fact]
    public async Task Rate_limit_is_transient_and_honours_Retry_After_date()
    {
        // The clock reads 17:00:00 UTC; SendGrid asks us to come back at 17:05:00.
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.TooManyRequests,
            configure: r => r.Headers.Add("Retry-After", "Sun, 22 Nov 2026 17:05:00 GMT"));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(5), Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Fact]
    public async Task Retry_After_date_already_passed_means_retry_now()
    {
        time.Advance(TimeSpan.FromMinutes(10));
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.TooManyRequests,
            configure: r => r.Headers.Add("Retry-After", "Sun, 22 Nov 2026 17:05:00 GMT"));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Server_error_is_transient_without_a_wait_of_its_own(HttpStatusCode status)
    {
        var result = await SenderOver(RecordingHttpHandler.Replying(status)).SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Null(transient.RetryAfter);
        Assert.Contains(((int)status).ToString(), transient.Reason);
    }

    [Fact]
    public async Task Network_failure_is_transient()
    {
        var handler = RecordingHttpHandler.Throwing(new HttpRequestException("Connection refused (api.sendgrid.com:443)"));

        var result = await SenderOver(handler).SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Contains("Connection refused", transient.Reason);
    }

    [Fact]
    public async Task Timeout_is_transient()
    {
        // HttpClient's own timeout cancels the request; the caller has not given up.
        var sender = SenderOver(RecordingHttpHandler.Hanging(), timeout: TimeSpan.FromMilliseconds(1));

        var result = await sender.SendAsync(Verification, CancellationToken.None);

        Assert.IsType<DeliveryResult.Transient>(result);
    }

    [Fact]
    public async Task Caller_cancellation_propagates()
    {
        using var shutdown = new CancellationTokenSource();
        var handler = new RecordingHttpHandler(async (_, ct) =>
        {
            await shutdown.CancelAsync();
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
            return new HttpResponseMessage(HttpStatusCode.Accepted);
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SenderOver(handler).SendAsync(Verification, shutdown.Token));
        Assert.Empty(logs.Entries);
    }

    [Fact]
    public async Task Failures_are_logged_by_correlation_id_and_domain_only()
    {
        var permanent = RecordingHttpHandler.Replying(HttpStatusCode.BadRequest,
            """{"errors":[{"message":"Invalid recipient maria.lopez@example.com","field":"personalizations.0.to.0.email"}]}""");
        var transient = RecordingHttpHandler.Replying(HttpStatusCode.ServiceUnavailable,
            """{"errors":[{"message":"Temporarily unable to deliver to maria.lopez@example.com"}]}""");

        await SenderOver(permanent).SendAsync(Verification, CancellationToken.None);
        await SenderOver(transient).SendAsync(Verification, CancellationToken.None);
        await SenderOver(RecordingHttpHandler.Throwing(new HttpRequestException("Name or service not known"))).SendAsync(Verification, CancellationToken.None);

        Assert.Equal([LogLevel.Error, LogLevel.Warning, LogLevel.Warning], logs.Entries.Select(e => e.Level));
        Assert.All(logs.Entries, e =>
        {
            Assert.Contains(Verification.Id.ToString(), e.Message);
            Assert.Contains("example.com", e.Message);
        });
        var text = logs.AllText;
        Assert.DoesNotContain("maria.lopez", text);
        Assert.DoesNotContain("María", text);
        Assert.DoesNotContain(Verification.Subject, text);
        Assert.DoesNotContain("482913", text);
        Assert.DoesNotContain(ApiKey, text);
    }

    [Fact]
    public async Task Registered_sender_uses_the_configured_base_address_and_key()
    {
        var handler = RecordingHttpHandler.Replying(HttpStatusCode.Accepted);
        using var provider = ServicesWith(new()
        {
            ["Email:SendGrid:ApiKey"] = "SG.configured",
            ["Email:SendGrid:BaseAddress"] = "https://api.eu.sendgrid.com",
        }, services => services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(() => handler)));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var result = await provider.GetRequiredService<IEmailSender>().SendAsync(Verification, CancellationToken.None);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(new Uri("https://api.eu.sendgrid.com/v3/mail/send"), handler.SingleRequest.Uri);
        Assert.Equal("Bearer SG.configured", handler.SingleRequest.Header("Authorization"));
    }

    [Fact]
    public void Missing_API_key_stops_start_up_with_a_clear_message()
    {
        using var provider = ServicesWith(new() { ["Email:SendGrid:ApiKey"] = "" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Email:SendGrid:ApiKey is not set. Set it (e.g. environment variable Email__SendGrid__ApiKey) or choose another Email:Provider.", failure.Message);
    }

    private SendGridEmailSender SenderOver(RecordingHttpHandler handler, SendGridOptions? options = null, TimeSpan? timeout = null)
    {
        var http = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
        return new SendGridEmailSender(
            http,
            Options.Create(new EmailOptions { FromAddress = "no-reply@childsupport.example.gov" }),
            Options.Create(options ?? new SendGridOptions { ApiKey = ApiKey }),
            time,
            loggerFactory.CreateLogger<SendGridEmailSender>());
    }

    private ServiceProvider ServicesWith(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        settings["Email:FromAddress"] = "no-reply@childsupport.example.gov";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddLogging(b => b.AddProvider(logs));
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section);
        services.AddSendGridEmailSender();
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
