using Portal.Tests.Features.Cases.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// The tracker and the statement over HTTP, signed in through the real forms: a parent on the case only. The demo parent
/// receives support on 8060961680 (receipt R4600000225); R4600000001 and 6295481300 are another family's.
/// </summary>
public sealed class PaymentTrackerRouteMatrixTests(FormsPortal portal) : IClassFixture<FormsPortal>
{
    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected (RouteOutcome)
        { "/dashboard/payments/R4600000225", "anonymous", "signin" },
        { "/dashboard/payments/R4600000225", "parent", "ok" },
        { "/dashboard/payments/R4600000225", "caseworker", "denied" },
        { "/dashboard/payments/R4600000225", "supervisor", "denied" },
        { "/dashboard/payments/R4600000001", "parent", "missing" },
        { "/dashboard/statement?case=8060961680", "anonymous", "signin" },
        { "/dashboard/statement?case=8060961680", "parent", "ok" },
        { "/dashboard/statement?case=8060961680", "caseworker", "denied" },
        { "/dashboard/statement?case=6295481300", "parent", "missing" },
        { "/dashboard/statement.pdf?case=8060961680&month=2026-10", "anonymous", "signin" },
        { "/dashboard/statement.pdf?case=8060961680&month=2026-10", "parent", "ok" },
        { "/dashboard/statement.pdf?case=8060961680&month=2026-10", "supervisor", "denied" },
        { "/dashboard/statement.pdf?case=6295481300&month=2026-10", "parent", "missing" },
        { "/dashboard/statement.csv?case=8060961680&month=2026-10", "anonymous", "signin" },
        { "/dashboard/statement.csv?case=8060961680&month=2026-10", "parent", "ok" },
        { "/dashboard/statement.csv?case=8060961680&month=2026-10", "caseworker", "denied" },
        { "/dashboard/statement.csv?case=6295481300&month=2026-10", "parent", "missing" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Only_a_parent_on_the_case_follows_its_payments_and_reads_its_statement(string route, string who, string expected)
    {
        var client = await portal.Staff.ClientAsync(who);

        var response = await client.GetAsync(route);

        RouteOutcome.AssertIs(expected, response, route);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task The_downloads_answer_no_other_method(string method)
    {
        var client = await portal.Staff.ClientAsync("parent");

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/dashboard/statement.csv?case=8060961680&month=2026-10"));

        // A POST without an antiforgery token stops at that check (400); the others find no endpoint for the method (405).
        Assert.Equal(method == "POST" ? System.Net.HttpStatusCode.BadRequest : System.Net.HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEqual("text/csv", response.Content.Headers.ContentType?.MediaType);
    }
}
