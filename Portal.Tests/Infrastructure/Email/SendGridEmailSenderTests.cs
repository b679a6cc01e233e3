using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.SendGrid;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

/// <summary>
/// What the sender puts on the wire and how it reads SendGrid's acceptance, against a real HTTP listener playing
/// SendGrid. The failures are in <see cref="SendGridEmailSenderFailureTests"/>.
/// </summary>
public sealed class SendGridEmailSenderTests : SendGridSenderTestBase
{
    [Fact]
    public async Task Request_is_an_authenticated_JSON_POST_to_mail_send()
    {
        await Sender().SendAsync(Verification, CancellationToken.None);

        var request = SendGrid.SingleRequest;
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Target);
        Assert.Equal($"Bearer {ApiKey}", request.Header("Authorization"));
        Assert.Equal("application/json", request.Header("Content-Type"));
    }

    [Theory]
    [InlineData("", "/v3/mail/send")]
    [InlineData("/sendgrid", "/sendgrid/v3/mail/send")]
    [InlineData("/sendgrid/", "/sendgrid/v3/mail/send")]
    public async Task Request_goes_to_the_configured_base_address_keeping_its_path(string path, string expectedTarget)
    {
        var baseAddress = new Uri(SendGrid.BaseAddress, path);

        var result = await Sender(Aimed(baseAddress)).SendAsync(Verification, CancellationToken.None);

        Assert.IsType<DeliveryResult.Delivered>(result);
        Assert.Equal(expectedTarget, SendGrid.SingleRequest.Target);
    }

    [Fact]
    public async Task Body_is_exactly_SendGrid_mail_send_JSON_with_tracking_off_and_message_wide_settings_at_the_top()
    {
        await Sender().SendAsync(Verification, CancellationToken.None);

        // One line per part of the body, joined without a break: the package sends no whitespace. It escapes <, > and &
        // as \u003c... (Newtonsoft's EscapeHtml), which SendGrid reads back as the same characters.
        var expected = """
            {"from":{"name":"Arizona Child Support Portal","email":"no-reply@childsupport.example.gov"},"subject":"Confirm your email address",
            "personalizations":[{"to":[{"name":"María López","email":"maria.lopez@example.com"}]}],
            "content":[{"type":"text/plain","value":"Your code is 482913"},{"type":"text/html","value":"\u003cp\u003eYour code is \u003cstrong\u003e482913\u003c/strong\u003e\u003c/p\u003e"}],
            "headers":{"Message-ID":"\u003c3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b@childsupport.example.gov\u003e"},
            "categories":["EmailVerification"],
            "custom_args":{"outbox_id":"3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b","kind":"EmailVerification"},
            "mail_settings":{"sandbox_mode":{"enable":false}},
            "tracking_settings":{"click_tracking":{"enable":false,"enable_text":false},"open_tracking":{"enable":false}}}
            """.ReplaceLineEndings("");
        Assert.Equal(expected, SendGrid.SingleRequest.Body);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public async Task Recipient_name_is_left_out_when_unknown(string? name)
    {
        await Sender().SendAsync(Verification with { ToName = name }, CancellationToken.None);

        using var body = JsonDocument.Parse(SendGrid.SingleRequest.Body);
        var to = Assert.Single(Assert.Single(body.RootElement.GetProperty("personalizations").EnumerateArray()).GetProperty("to").EnumerateArray());
        Assert.Equal(Recipient, to.GetProperty("email").GetString());
        Assert.False(to.TryGetProperty("name", out _));
    }

    [Theory]
    [InlineData("VerifyEmailAddress")]
    [InlineData("SignInCode")]
    [InlineData("PasswordChanged")]
    public async Task Each_template_kind_is_its_own_category(string kind)
    {
        await Sender().SendAsync(Verification with { Kind = kind }, CancellationToken.None);

        using var body = JsonDocument.Parse(SendGrid.SingleRequest.Body);
        var category = Assert.Single(body.RootElement.GetProperty("categories").EnumerateArray());
        Assert.Equal(kind, category.GetString());
        Assert.Equal(kind, body.RootElement.GetProperty("custom_args").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Every_attempt_carries_the_same_Message_ID()
    {
        SendGrid.Replies(503);
        var sender = Sender();

        await sender.SendAsync(Verification, CancellationToken.None);
        await sender.SendAsync(Verification, CancellationToken.None);

        var messageIds = SendGrid.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("headers").GetProperty("Message-ID").GetString()).ToList();
        Assert.Equal(["<3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b@childsupport.example.gov>", "<3f2a9c1e5b7d4e8f9a0b1c2d3e4f5a6b@childsupport.example.gov>"], messageIds);
    }

    [Fact]
    public async Task Accepted_is_delivered_with_SendGrid_message_id()
    {
        SendGrid.Accepts("W86EgYT6SQKk0lRflfLRsA");

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered("W86EgYT6SQKk0lRflfLRsA"), result);
    }

    [Fact]
    public async Task Accepted_without_a_message_id_is_still_delivered()
    {
        SendGrid.Accepts(null);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered(null), result);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public async Task Sandbox_mode_setting_reaches_SendGrid_mail_settings(string? setting, bool expected)
    {
        var provider = Services(new()
        {
            ["Email:SendGrid:ApiKey"] = ApiKey,
            ["Email:SendGrid:BaseAddress"] = SendGrid.BaseAddress.AbsoluteUri,
            ["Email:SendGrid:SandboxMode"] = setting,
        });

        await provider.GetRequiredService<IEmailSender>().SendAsync(Verification, CancellationToken.None);

        using var body = JsonDocument.Parse(SendGrid.SingleRequest.Body);
        Assert.Equal(expected, body.RootElement.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task In_sandbox_mode_SendGrid_200_OK_counts_as_delivered_without_an_id()
    {
        // SendGrid answers a valid sandbox request 200 OK, not 202, and sends nothing.
        SendGrid.Replies(200);
        var options = Aimed(SendGrid.BaseAddress);
        options.SandboxMode = true;

        var result = await Sender(options).SendAsync(Verification, CancellationToken.None);

        Assert.Equal(new DeliveryResult.Delivered(null), result);
        Assert.Contains(Logs.Entries, e => e.Message.Contains("sandbox mode", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Outside_sandbox_mode_200_OK_is_not_SendGrid_contract_and_is_permanent()
    {
        SendGrid.Replies(200);

        var result = await Sender().SendAsync(Verification, CancellationToken.None);

        Assert.Contains("200 instead of 202", Assert.IsType<DeliveryResult.Permanent>(result).Reason);
    }

    [Fact]
    public async Task Registered_sender_reaches_the_configured_EU_host_with_the_configured_key()
    {
        // HTTPS for api.eu.sendgrid.com on loopback: the request keeps the real URL, only the connection is routed here.
        await using var euSendGrid = await FakeSendGridServer.StartWithTlsAsync("api.eu.sendgrid.com");
        var provider = Services(new()
        {
            ["Email:SendGrid:ApiKey"] = "SG.configured",
            ["Email:SendGrid:BaseAddress"] = "https://api.eu.sendgrid.com",
        }, services => services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(euSendGrid.RoutingHandler)));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var result = await provider.GetRequiredService<IEmailSender>().SendAsync(Verification, CancellationToken.None);

        Assert.IsType<DeliveryResult.Delivered>(result);
        var request = euSendGrid.SingleRequest;
        Assert.Equal("api.eu.sendgrid.com", request.Header("Host"));
        Assert.Equal("/v3/mail/send", request.Target);
        Assert.Equal("Bearer SG.configured", request.Header("Authorization"));
    }

    [Theory]
    [InlineData("Email:SendGrid:ApiKey", "", "Email:SendGrid:ApiKey is not set. Set it (e.g. environment variable Email__SendGrid__ApiKey) or choose another Email:Provider.")]
    [InlineData("Email:SendGrid:BaseAddress", "api.sendgrid.com", "Email:SendGrid:BaseAddress must be an absolute URL")]
    [InlineData("Email:SendGrid:Timeout", "00:00:00", "Email:SendGrid:Timeout must be positive")]
    public void Incomplete_settings_stop_start_up_with_a_clear_message(string key, string value, string message)
    {
        var provider = Services(new() { ["Email:SendGrid:ApiKey"] = ApiKey, [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, failure.Message);
    }
}
