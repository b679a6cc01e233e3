using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Pickup;
using Portal.App.Infrastructure.Email.Smtp;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

public sealed class SmtpEmailSenderTests : IAsyncLifetime
{
    private readonly SmtpSink relay = new();
    private readonly OutgoingEmail email = new(Guid.NewGuid(), "maria@example.org", "María Ruiz", "Su nombre de usuario", "<p>Hola, María</p>", "Hola, María", "UsernameReminder");

    private static SmtpEmailSender SenderTo(int port) => new(
        Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = port, UseTls = false, Timeout = TimeSpan.FromSeconds(5) }),
        Options.Create(new EmailOptions { Provider = EmailProvider.Smtp, FromAddress = "portal@dcss.example.gov" }));

    [Fact]
    public async Task The_relay_receives_the_message_with_both_bodies_and_the_stable_message_id()
    {
        var result = await SenderTo(relay.Port).SendAsync(email, default);

        Assert.IsType<DeliveryResult.Delivered>(result);
        var data = Assert.Single(relay.Received);
        Assert.Contains($"Message-ID: <{email.Id:N}@dcss.example.gov>", data);
        var read = EmlReader.Read(email.Id, data);
        Assert.Equal("Su nombre de usuario", read.Subject);
        Assert.Equal(email.TextBody, read.TextBody);
        Assert.Equal(email.HtmlBody, read.HtmlBody);
    }

    [Fact]
    public async Task A_5xx_refusal_is_permanent_and_its_reason_hides_the_address()
    {
        relay.RecipientReply = "550 5.1.1 <maria@example.org>: Recipient address rejected";

        var result = await SenderTo(relay.Port).SendAsync(email, default);

        var permanent = Assert.IsType<DeliveryResult.Permanent>(result);
        Assert.Contains("550", permanent.Reason);
        Assert.DoesNotContain("maria@example.org", permanent.Reason);
    }

    [Fact]
    public async Task A_4xx_answer_is_transient()
    {
        relay.RecipientReply = "451 4.3.0 Mailbox temporarily unavailable";

        var result = await SenderTo(relay.Port).SendAsync(email, default);

        Assert.IsType<DeliveryResult.Transient>(result);
    }

    [Fact]
    public async Task An_unreachable_relay_is_transient()
    {
        var closedPort = FreePort();

        var result = await SenderTo(closedPort).SendAsync(email, default);

        Assert.IsType<DeliveryResult.Transient>(result);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await relay.DisposeAsync();
}
