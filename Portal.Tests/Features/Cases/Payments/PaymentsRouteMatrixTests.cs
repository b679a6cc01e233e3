using System.Net;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Payments;

/// <summary>
/// Every payment route over HTTP for each role: the pages are a parent's, a payment is shown only to the parent who made
/// it (anyone else's is "not found", like one that does not exist), the sandbox's page only for a session it holds, and
/// the webhook takes only a signed message whoever posts it.
/// </summary>
public sealed class PaymentsRouteMatrixTests(PaymentsPortal portal) : IClassFixture<PaymentsPortal>
{
    private static readonly string SomePayment = $"/payments/{Guid.NewGuid()}";

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected (RouteOutcome): "ok", "signin", "denied" or "missing"
        { "/payments/new", "anonymous", "signin" },
        { "/payments/new", "parent", "ok" }, // the demo parent receives support: the page says there is nothing to pay
        { "/payments/new", "caseworker", "denied" },
        { "/payments/new", "supervisor", "denied" },
        { SomePayment, "anonymous", "signin" },
        { SomePayment, "parent", "missing" },
        { SomePayment, "caseworker", "denied" },
        { SomePayment, "supervisor", "denied" },
        { "/payment-sandbox/sbx_cs_unknown", "anonymous", "missing" },
        { "/payment-sandbox/sbx_cs_unknown", "parent", "missing" },
        { "/payment-sandbox/sbx_cs_unknown", "caseworker", "missing" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Parents_reach_their_payment_pages_and_nobody_else_does(string route, string who, string expected)
    {
        var client = await portal.Forms.Staff.ClientAsync(who);

        var response = await client.GetAsync(route);

        RouteOutcome.AssertIs(expected, response, route);
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("parent")]
    [InlineData("caseworker")]
    [InlineData("supervisor")]
    public async Task The_webhook_refuses_an_unsigned_message_whoever_posts_it(string who)
    {
        var client = await portal.Forms.Staff.ClientAsync(who);

        var response = await client.PostAsync("/payments/webhook", new StringContent("{\"id\":\"evt_1\"}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_payment_is_shown_to_the_parent_who_made_it_and_is_not_found_for_another_parent_or_by_the_other_form()
    {
        var payer = await portal.PayingParentAsync();
        var payment = await portal.PayThroughSandboxAsync(payer, "15", "Card", Portal.App.Infrastructure.Payments.Sandbox.SandboxTestNumbers.CardSucceeds);
        var other = await portal.PayingParentAsync();

        var own = await payer.Client.GetAsync($"/payments/{payment.Id}");
        var stranger = await other.Client.GetAsync($"/payments/{payment.Id}");
        var demo = await (await portal.Forms.Staff.ClientAsync("parent")).GetAsync($"/payments/{payment.Id}");
        var otherCase = await other.Client.GetStringAsync($"/payments/new?case={payer.Case.Digits}");

        RouteOutcome.AssertIs("ok", own, "own payment");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (stranger.StatusCode, demo.StatusCode));
        // Asking for someone else's case shows the parent's own case, never the one asked for.
        Assert.DoesNotContain(Portal.App.Features.Cases.Shared.DashboardFormat.CaseNumberForReading(payer.Case), otherCase, StringComparison.Ordinal);
        Assert.Contains(Portal.App.Features.Cases.Shared.DashboardFormat.CaseNumberForReading(other.Case), otherCase, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paying_on_a_case_the_parent_does_not_pay_on_is_refused_and_records_nothing()
    {
        var payer = await portal.PayingParentAsync();
        var other = await portal.PayingParentAsync();
        var page = await other.Client.GetStringAsync("/payments/new");

        var forged = await other.Client.PostAsync("/payments/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "payment",
            ["__RequestVerificationToken"] = HtmlForms.TokenIn(page),
            ["Input.CaseNumber"] = payer.Case.Digits,
            ["Input.AmountChoice"] = "Other",
            ["Input.OtherAmount"] = "10",
            ["Input.Method"] = "BankAccount",
            ["Input.FormKey"] = Guid.NewGuid().ToString("N"),
            ["Input.Action"] = "pay",
        }));

        // A parent on one case is shown their own case (the only one they pay on); the forged case number is never paid.
        Assert.NotEqual(HttpStatusCode.InternalServerError, forged.StatusCode);
        Assert.Empty(await portal.PaymentsAsync(payer.Case));
    }
}
