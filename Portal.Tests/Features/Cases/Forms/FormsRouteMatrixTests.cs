using System.Net;
using Portal.App.Features.Cases.Forms;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Forms;

/// <summary>Every parent's form route over HTTP, signed in through the real forms: parents only, and a PDF only to the parent who signed it.</summary>
public sealed class FormsRouteMatrixTests(FormsPortal portal) : IClassFixture<FormsPortal>
{
    private static readonly string SomeForm = $"{Guid.NewGuid()}";

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected (RouteOutcome): "ok", "signin" (sent to sign in), "denied" or "missing"
        { "/forms", "anonymous", "signin" },
        { "/forms", "parent", "ok" },
        { "/forms", "caseworker", "denied" },
        { "/forms/fill/close-case?case=1234567890", "anonymous", "signin" },
        { "/forms/fill/close-case?case=1234567890", "parent", "ok" },
        { "/forms/fill/change-of-address", "supervisor", "denied" },
        { $"/forms/{SomeForm}", "anonymous", "signin" },
        { $"/forms/{SomeForm}", "parent", "ok" },
        { $"/forms/{SomeForm}", "caseworker", "denied" },
        { $"/forms/{SomeForm}/pdf", "anonymous", "signin" },
        { $"/forms/{SomeForm}/pdf", "parent", "missing" },
        { $"/forms/{SomeForm}/pdf", "caseworker", "denied" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Parents_reach_their_forms_and_nobody_else_does(string route, string who, string expected)
    {
        var client = await portal.Staff.ClientAsync(who);

        var response = await client.GetAsync(route);

        RouteOutcome.AssertIs(expected, response, route);
    }

    [Fact]
    public async Task The_signer_downloads_the_pdf_and_sees_the_form_listed_and_another_parent_gets_not_found()
    {
        var demo = DemoData.Load().Identities.RegisteredParent;
        var user = await TestSessions.StartAsync(portal.Staff.App.Services, "eloisa.demo", portal.Staff.Clock.GetUtcNow());
        var signer = new SignedInParent(CaseNumber.Parse(demo.CaseNumber), null!, user, demo.FirstName, demo.LastName, portal.FormsFor());
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(signer, FormKind.AddressChange, s =>
            (s.Answers.Line1, s.Answers.City, s.Answers.State, s.Answers.Zip) = ("2 N Central Ave", "Phoenix", "AZ", "85004")));
        var client = await portal.Staff.ClientAsync("parent");

        var pdf = await client.GetAsync(FormLinks.Pdf(submitted.FormId));
        var list = await client.GetStringAsync(FormLinks.List);

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{submitted.Reference}.pdf", pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.True(pdf.Headers.CacheControl?.NoStore);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..5], StringComparison.Ordinal);
        Assert.Contains(submitted.Reference, list, StringComparison.Ordinal);

        var stranger = await portal.ParentAsync();
        var strangerClient = await SignedInClient.CreateAsync(portal.Staff.App, stranger.Account.UserName!, TestAccounts.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerClient.GetAsync(FormLinks.Pdf(submitted.FormId))).StatusCode);
        Assert.Contains("We could not find this form.", await strangerClient.GetStringAsync(FormLinks.Form(submitted.FormId)), StringComparison.Ordinal);
    }
}
