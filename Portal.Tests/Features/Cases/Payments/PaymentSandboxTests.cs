using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Infrastructure.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Payments;

/// <summary>The sandbox processor stays a development stand-in, and the payment endpoints anyone can reach are rate-limited.</summary>
public sealed class PaymentSandboxTests
{
    [Fact]
    public void The_sandbox_outside_development_stops_the_start_up_and_names_the_setting()
    {
        var error = StartupValidation.Check(builder => builder.AddPaymentProcessor(), new Dictionary<string, string?> { ["Payments:Processor"] = "Sandbox" });

        Assert.NotNull(error);
        Assert.Contains("Payments:Sandbox:AllowOutsideDevelopmentUnsafe=true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_starts_in_development_and_outside_it_only_when_allowed()
    {
        Assert.Null(StartupValidation.Check(builder => builder.AddPaymentProcessor(), new Dictionary<string, string?> { ["Payments:Processor"] = "Sandbox" }, environment: "Development"));
        Assert.Null(StartupValidation.Check(builder => builder.AddPaymentProcessor(),
            new Dictionary<string, string?> { ["Payments:Processor"] = "Sandbox", ["Payments:Sandbox:AllowOutsideDevelopmentUnsafe"] = "true" }));
    }

    [Fact]
    public async Task Without_a_processor_the_sandbox_page_is_not_there_and_paying_online_is_not_offered()
    {
        using var app = new ControlledPortal { Settings = { ["Payments:Processor"] = "" } };

        var response = await app.CreateClient().GetAsync("/payment-sandbox/sbx_cs_any");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(app.Services.GetService<IPaymentProcessor>());
    }

    [Fact]
    public async Task The_processor_page_and_the_webhook_answer_429_past_their_limit()
    {
        using var app = new ControlledPortal { Settings = { ["Payments:ProcessorPageRequestsPerMinute"] = "2", ["Payments:WebhooksPerMinute"] = "2" } };
        var client = app.CreateClient();

        var pages = new List<HttpStatusCode>();
        var webhooks = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            pages.Add((await client.GetAsync("/payment-sandbox/sbx_cs_any")).StatusCode);
            webhooks.Add((await client.PostAsync("/payments/webhook", new StringContent("{}"))).StatusCode);
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], pages);
        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], webhooks);
    }
}
