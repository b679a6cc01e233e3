using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>
/// The application's routes, the staff queue and the case pages over HTTP, signed in through the real forms: an applicant
/// reaches the application, the dashboard and their profile, and no case page or staff page; parents and staff do not
/// reach the application; the queue is staff's.
/// </summary>
public sealed class ApplicationsRouteMatrixTests(ApplicationsPortal portal) : IClassFixture<ApplicationsPortal>
{
    private static readonly string SomeApplication = $"{Guid.NewGuid()}";
    private static readonly string SomeDocument = $"/staff/applications/{Guid.NewGuid()}/documents/{Guid.NewGuid()}";

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected (RouteOutcome): "ok", "signin" (sent to sign in), "denied" or "missing"
        { "/apply/sign-up", "anonymous", "ok" },
        { "/apply", "anonymous", "signin" },
        { "/apply", "applicant", "ok" },
        { "/apply", "parent", "denied" },
        { "/apply", "caseworker", "denied" },
        { "/apply/about-you", "applicant", "ok" },
        { "/apply/about-you", "parent", "denied" },
        { "/apply/pdf", "applicant", "missing" },
        { "/apply/pdf", "parent", "denied" },
        { "/apply/link-case", "anonymous", "signin" },
        { "/apply/link-case", "applicant", "ok" },
        { "/apply/link-case", "parent", "denied" },
        { "/apply/link-case", "caseworker", "denied" },
        { "/dashboard", "applicant", "ok" },
        { "/account/profile", "applicant", "ok" },
        { "/dashboard/payments.csv", "applicant", "denied" },
        { "/messages", "applicant", "denied" },
        { "/documents", "applicant", "denied" },
        { "/forms", "applicant", "denied" },
        { "/forms/fill/close-case?case=1234567890", "applicant", "denied" },
        { "/staff", "applicant", "denied" },
        { "/staff/applications", "applicant", "denied" },
        { $"/staff/applications/{SomeApplication}", "applicant", "denied" },
        { "/staff/applications", "parent", "denied" },
        { "/staff/applications", "anonymous", "signin" },
        { "/staff/applications", "caseworker", "ok" },
        { $"/staff/applications/{SomeApplication}", "supervisor", "ok" },
        { SomeDocument, "anonymous", "signin" },
        { SomeDocument, "applicant", "denied" },
        { SomeDocument, "parent", "denied" },
        { SomeDocument, "caseworker", "missing" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Applicants_reach_their_application_and_nothing_of_a_case_or_of_staff(string route, string who, string expected)
    {
        var client = who == "applicant" ? await ApplicantClientAsync() : await portal.Staff.ClientAsync(who);

        var response = await client.GetAsync(route);

        RouteOutcome.AssertIs(expected, response, route);
    }

    private async Task<HttpClient> ApplicantClientAsync()
    {
        var applicant = await portal.ApplicantAsync();
        return await SignedInClient.CreateAsync(portal.Staff.App, applicant.Account.UserName!, TestAccounts.Password);
    }
}
