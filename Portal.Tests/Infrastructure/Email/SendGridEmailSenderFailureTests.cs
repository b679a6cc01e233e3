using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Portal.App.Infrastructure.Email;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>
/// How the sender reads SendGrid's refusals, its rate limit, its outages and the network's, against a real HTTP
/// listener playing SendGrid: transient or permanent, how long SendGrid asks us to wait, and what reaches the logs.
/// </summary>
public sealed class SendGridEmailSenderFailureTests : SendGridSenderTestBase
{
    /// <summary>The test clock's "now" as SendGrid's X-RateLimit-Reset writes it (Unix seconds).</summary>
    private long UnixNow => Time.GetUtcNow().ToUnixTimeSeconds();

    [Fact]
    public async Task Bad_request_is_permanent_with_SendGrid_error_message()
    {
        SendGrid.Replies(400, """{"errors":[{"message":"The from email does not contain a valid address.","field":"from.email","help":"http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from"}]}""");

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.Equal("SendGrid refused the message (400): The from email does not contain a valid address. (field from.email)", permanent.Reason);
    }

    [Fact]
    public async Task Address_in_SendGrid_error_is_redacted_to_its_domain()
    {
        SendGrid.Replies(400, """{"errors":[{"message":"Does not contain a valid address: maria.lopez@example.com","field":"personalizations.0.to.0.email"},{"message":"Too many recipients"}]}""");

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.DoesNotContain("maria.lopez", permanent.Reason);
        Assert.Contains("Does not contain a valid address: ***@example.com (field personalizations.0.to.0.email); Too many recipients", permanent.Reason);
    }

    [Fact]
    public async Task Error_body_that_is_not_SendGrid_JSON_is_reported_as_text()
    {
        SendGrid.Replies(413, "<html><body>413 Request Entity Too Large</body></html>", "text/html");

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.Equal("SendGrid refused the message (413): <html><body>413 Request Entity Too Large</body></html>", permanent.Reason);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task Rejected_key_is_permanent_and_says_so_without_revealing_it(int status)
    {
        // A provider that echoes the credential back must not get it into the outbox row or the logs.
        SendGrid.Replies(status, $$"""{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked: {{ApiKey}}","field":null,"help":null}]}""");

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.StartsWith($"SendGrid rejected the API key ({status})", permanent.Reason);
        Assert.Contains("authorization grant is invalid, expired, or revoked: ***", permanent.Reason);
        Assert.DoesNotContain(ApiKey, permanent.Reason);
        Assert.DoesNotContain(ApiKey, Logs.AllText);
    }

    [Fact]
    public async Task Rate_limit_is_transient_and_honours_Retry_After_seconds()
    {
        SendGrid.Replies(429, """{"errors":[{"message":"too many requests","field":null,"help":null}]}""", headers: [("Retry-After", "120")]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Equal(TimeSpan.FromSeconds(120), transient.RetryAfter);
        Assert.Equal("SendGrid is limiting our request rate (429): too many requests", transient.Reason);
    }

    [Fact]
    public async Task Rate_limit_is_transient_and_honours_Retry_After_date()
    {
        // The clock reads 17:00:00 UTC; SendGrid asks us to come back at 17:05:00.
        SendGrid.Replies(429, headers: [("Retry-After", "Sun, 22 Nov 2026 17:05:00 GMT")]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMinutes(5), Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Fact]
    public async Task Retry_After_date_already_passed_means_retry_now()
    {
        Time.Advance(TimeSpan.FromMinutes(10));
        SendGrid.Replies(429, headers: [("Retry-After", "Sun, 22 Nov 2026 17:05:00 GMT")]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.Zero, Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Theory]
    [InlineData(45, 45)]
    [InlineData(0, 0)]
    [InlineData(-30, 0)]
    public async Task Rate_limit_without_Retry_After_waits_until_X_RateLimit_Reset(int resetInSeconds, int expectedWait)
    {
        SendGrid.Replies(429, headers: [("X-RateLimit-Limit", "600"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", Unix(UnixNow + resetInSeconds))]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(expectedWait), Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Fact]
    public async Task Retry_After_is_preferred_to_X_RateLimit_Reset()
    {
        SendGrid.Replies(429, headers: [("Retry-After", "120"), ("X-RateLimit-Reset", Unix(UnixNow + 300))]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(TimeSpan.FromSeconds(120), Assert.IsType<DeliveryResult.Transient>(result).RetryAfter);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    public async Task Server_error_is_transient_without_a_wait_of_its_own(int status)
    {
        // SendGrid's X-RateLimit-* ride on other answers too: on an outage the reset time is not a wish to wait.
        SendGrid.Replies(status, headers: [("X-RateLimit-Reset", Unix(UnixNow + 300))]);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.Null(transient.RetryAfter);
        Assert.Equal($"SendGrid failed ({status})", transient.Reason);
    }

    [Fact]
    public async Task Network_failure_is_transient()
    {
        var result = await Sender(Aimed(ClosedLoopbackPort())).SendAsync(Verification, CancellationToken.None);

        var transient = Assert.IsType<DeliveryResult.Transient>(result);
        Assert.StartsWith("Network error talking to SendGrid", transient.Reason);
        Assert.Contains("Connection refused", transient.Reason);
    }

    [Fact]
    public async Task Timeout_is_transient()
    {
        // HttpClient's own timeout cancels the request; the caller has not given up.
        SendGrid.Hangs();

        var result = await Sender(timeout: TimeSpan.FromMilliseconds(500)).SendAsync(Verification, CancellationToken.None);

        Assert.StartsWith("SendGrid did not answer within", Assert.IsType<DeliveryResult.Transient>(result).Reason);
    }

    [Fact]
    public async Task Caller_cancellation_propagates()
    {
        SendGrid.Hangs();
        using var shutdown = new CancellationTokenSource();

        var sending = Sender().SendAsync(Verification, shutdown.Token);
        await SendGrid.FirstRequest;
        await shutdown.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Empty(Logs.Entries);
    }

    [Fact]
    public async Task Failures_are_logged_by_correlation_id_and_domain_only()
    {
        SendGrid.Replies(400, """{"errors":[{"message":"Invalid recipient maria.lopez@example.com","field":"personalizations.0.to.0.email"}]}""");
        await Sender().SendAsync(Verification, CancellationToken.None);
        SendGrid.Replies(503, """{"errors":[{"message":"Temporarily unable to deliver to maria.lopez@example.com"}]}""");
        await Sender().SendAsync(Verification, CancellationToken.None);
        await Sender(Aimed(ClosedLoopbackPort())).SendAsync(Verification, CancellationToken.None);

        Assert.Equal([LogLevel.Error, LogLevel.Warning, LogLevel.Warning], Logs.Entries.Select(e => e.Level));
        Assert.All(Logs.Entries, e =>
        {
            Assert.Contains(Verification.Id.ToString(), e.Message);
            Assert.Contains("example.com", e.Message);
        });
        var text = Logs.AllText;
        Assert.DoesNotContain("maria.lopez", text);
        Assert.DoesNotContain("María", text);
        Assert.DoesNotContain(Verification.Subject, text);
        Assert.DoesNotContain("482913", text);
        Assert.DoesNotContain(ApiKey, text);
    }

    private static string Unix(long seconds) => seconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>An address on 127.0.0.1 where nothing listens: the port was free a moment ago and is let go again.</summary>
    private static Uri ClosedLoopbackPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }
}
