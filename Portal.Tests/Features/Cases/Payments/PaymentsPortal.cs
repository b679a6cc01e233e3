using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Payments.Sandbox;
using Portal.Domain.Cases;
using Portal.Tests.Features.Cases.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Payments;

/// <summary>
/// The forms test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona, the sandbox processor) with the steps the
/// payment tests share: a paying parent signed in over HTTP, the payment form posted, and the sandbox's page posted, which
/// delivers its webhook over HTTP to the app (through the test server) before sending the browser back.
/// </summary>
public sealed partial class PaymentsPortal : IDisposable
{
    public FormsPortal Forms { get; } = new();

    public ControlledPortal App => Forms.Staff.App;

    /// <summary>A non-custodial parent on a case with an order in effect, signed in, and their browser (an HTTP client, no redirects followed).</summary>
    public async Task<PayingParent> PayingParentAsync()
    {
        var parent = await Forms.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var client = await SignedInClient.CreateAsync(App, parent.Account.UserName!, TestAccounts.Password);
        return new PayingParent(parent, client);
    }

    /// <summary>Opens the payment form (a new form key) and posts its "pay" step; the answer is the redirect.</summary>
    public static async Task<(HttpResponseMessage Response, string FormKey)> PayAsync(PayingParent payer, string amount, string method, bool consent = true, string? formKey = null)
    {
        var page = await payer.Client.GetStringAsync($"/payments/new?case={payer.Case.Digits}");
        formKey ??= FormKey().Match(page).Groups[1].Value;
        var response = await PostAsync(payer.Client, $"/payments/new?case={payer.Case.Digits}", page, "payment", new()
        {
            ["Input.CaseNumber"] = payer.Case.Digits,
            ["Input.AmountChoice"] = "Other",
            ["Input.OtherAmount"] = amount,
            ["Input.Method"] = method,
            ["Input.FeeConsent"] = consent ? "true" : "false",
            ["Input.FormKey"] = formKey,
            ["Input.Action"] = "pay",
        });
        return (response, formKey);
    }

    /// <summary>
    /// Posts the sandbox's page at <paramref name="sandboxPage"/> with a card's details, <paramref name="posts"/> times (a
    /// reload resends the post); the answer is the last redirect back to the portal.
    /// </summary>
    public static Task<HttpResponseMessage> PayByCardAsync(HttpClient client, Uri sandboxPage, string cardNumber, int posts = 1) =>
        SandboxAsync(client, sandboxPage, posts, new()
        {
            ["Input.CardNumber"] = cardNumber,
            ["Input.Expiry"] = "08/29",
            ["Input.Cvc"] = "123",
            ["Input.NameOnCard"] = "Test Payer",
        });

    public static Task<HttpResponseMessage> PayByBankAsync(HttpClient client, Uri sandboxPage, string accountNumber) =>
        SandboxAsync(client, sandboxPage, 1, new()
        {
            ["Input.RoutingNumber"] = SandboxTestNumbers.Routing,
            ["Input.AccountNumber"] = accountNumber,
            ["Input.AccountType"] = "Checking",
        });

    /// <summary>The whole journey by card or bank: the form, the sandbox's page, back to the portal; returns the payment.</summary>
    public async Task<OnlinePayment> PayThroughSandboxAsync(PayingParent payer, string amount, string method, string number)
    {
        var (start, _) = await PayAsync(payer, amount, method);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var back = method == "Card" ? await PayByCardAsync(payer.Client, start.Headers.Location!, number) : await PayByBankAsync(payer.Client, start.Headers.Location!, number);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var id = Guid.Parse(back.Headers.Location!.AbsolutePath["/payments/".Length..]);
        return await PaymentAsync(id);
    }

    public async Task<OnlinePayment> PaymentAsync(Guid id)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.OnlinePayments.AsNoTracking().SingleAsync(p => p.Id == id);
    }

    public async Task<List<OnlinePayment>> PaymentsAsync(CaseNumber caseNumber)
    {
        await using var db = await App.CreateDbContextAsync();
        return await db.OnlinePayments.AsNoTracking().Where(p => p.CaseNumber == caseNumber).OrderBy(p => p.CreatedAt).ToListAsync();
    }

    private static async Task<HttpResponseMessage> SandboxAsync(HttpClient client, Uri sandboxPage, int posts, Dictionary<string, string> fields)
    {
        var path = sandboxPage.PathAndQuery;
        var page = await client.GetStringAsync(path);
        var response = await PostAsync(client, path, page, "sandbox-pay", fields);
        for (var again = 1; again < posts; again++) response = await PostAsync(client, path, page, "sandbox-pay", new(fields));
        return response;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string page, string formName, Dictionary<string, string> fields)
    {
        fields["_handler"] = formName;
        fields["__RequestVerificationToken"] = HtmlForms.TokenIn(page);
        return client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("""name="Input.FormKey" value="([0-9a-f]{32})" """)]
    private static partial Regex FormKey();

    public void Dispose() => Forms.Dispose();
}

public sealed record PayingParent(SignedInParent Parent, HttpClient Client)
{
    public CaseNumber Case => Parent.Case;
}
