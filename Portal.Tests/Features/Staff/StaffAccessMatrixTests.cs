using System.Net;
using System.Security.Claims;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Forms;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>
/// The access matrix: every staff route over HTTP, signed in through the real forms, and every staff service
/// method, for an anonymous visitor, a parent, a caseworker and a supervisor.
/// </summary>
public sealed class StaffAccessMatrixTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    private const string DemoCase = "8060961680";
    private static readonly Guid SomeForm = new("3f2c6a4e-8d1b-4c7a-9e0f-5b6d7c8e9f01");

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected: "ok", "signin" (sent to sign in) or "denied"
        { "/staff", "anonymous", "signin" },
        { "/staff", "parent", "denied" },
        { "/staff", "caseworker", "ok" },
        { "/staff", "supervisor", "ok" },
        { $"/staff/cases/{DemoCase}", "anonymous", "signin" },
        { $"/staff/cases/{DemoCase}", "parent", "denied" },
        { $"/staff/cases/{DemoCase}", "caseworker", "ok" },
        { $"/staff/cases/{DemoCase}", "supervisor", "ok" },
        { $"/staff/cases/{DemoCase}/payments/print", "anonymous", "signin" },
        { $"/staff/cases/{DemoCase}/payments/print", "parent", "denied" },
        { $"/staff/cases/{DemoCase}/payments/print", "caseworker", "ok" },
        { $"/staff/cases/{DemoCase}/payments/print", "supervisor", "ok" },
        // The download is not a page (StaffPaymentHistoryTests reads it as staff); anyone else is sent away the same way.
        { $"/staff/cases/{DemoCase}/payments.csv", "anonymous", "signin" },
        { $"/staff/cases/{DemoCase}/payments.csv", "parent", "denied" },
        { "/staff/forms", "anonymous", "signin" },
        { "/staff/forms", "parent", "denied" },
        { "/staff/forms", "caseworker", "ok" },
        { "/staff/forms", "supervisor", "ok" },
        { $"/staff/forms/{SomeForm}", "anonymous", "signin" },
        { $"/staff/forms/{SomeForm}", "parent", "denied" },
        { $"/staff/forms/{SomeForm}", "caseworker", "ok" },
        { $"/staff/forms/{SomeForm}", "supervisor", "ok" },
        // The PDF is not a page (StaffFormsHttpTests reads it as staff); anyone else is sent away the same way.
        { $"/staff/forms/{SomeForm}/pdf", "anonymous", "signin" },
        { $"/staff/forms/{SomeForm}/pdf", "parent", "denied" },
        { "/staff/audit", "anonymous", "signin" },
        { "/staff/audit", "parent", "denied" },
        { "/staff/audit", "caseworker", "denied" },
        { "/staff/audit", "supervisor", "ok" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Staff_routes_admit_only_staff_and_the_audit_log_only_supervisors(string route, string who, string expected)
    {
        var client = await portal.ClientAsync(who);

        var response = await client.GetAsync(route);

        switch (expected)
        {
            case "ok":
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("<meta name=\"robots\" content=\"noindex, nofollow\"", html, StringComparison.Ordinal);
                Assert.Contains(who == "supervisor" ? "(Supervisor)" : "(Caseworker)", html, StringComparison.Ordinal);
                Assert.True(response.Headers.CacheControl?.NoStore, $"{route} may be cached");
                break;
            case "signin":
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/signin", response.Headers.Location?.AbsolutePath);
                break;
            default:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal("/access-denied", response.Headers.Location?.AbsolutePath);
                Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(response.Headers.Location)).StatusCode);
                break;
        }
        Assert.Contains("noindex", string.Join(",", response.Headers.GetValues("X-Robots-Tag")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("caseworker", "/staff/audit", "en-US", "ask your supervisor for access", "Customer Service Center")]
    [InlineData("caseworker", "/staff/audit", "es-US", "pida acceso a su supervisor", "Centro de Servicio al Cliente")]
    [InlineData("parent", "/staff", "en-US", "contact the Customer Service Center", "supervisor")]
    [InlineData("parent", "/staff", "es-US", "comuníquese con el Centro de Servicio al Cliente", "supervisor")]
    public async Task A_refused_caseworker_is_told_to_ask_a_supervisor_and_a_refused_parent_to_call_Customer_Service(
        string who, string route, string language, string advice, string notSaid)
    {
        var client = await portal.ClientAsync(who);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var refused = await client.GetAsync(route);
        var html = await (await client.GetAsync(refused.Headers.Location)).Content.ReadAsStringAsync();

        var explanation = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html).QuerySelector("main")!.TextContent;
        Assert.Contains(advice, explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(notSaid, explanation, StringComparison.Ordinal);
    }

    public static TheoryData<string> Actions() =>
    [
        "search", "open", "refresh", "record-payment", "record-action", "check-pin", "unlock", "reset-questions",
        "resend-verification", "disable", "enable", "payments-download", "payments-print", "audit-search",
        "forms-search", "forms-late-count", "forms-open", "forms-refresh", "forms-assign",
        "forms-in-review", "forms-complete", "forms-not-approve", "forms-reveal", "forms-pdf",
    ];

    /// <summary>What only supervisors may do: the audit log and the count of forms flagged to them.</summary>
    private static readonly string[] SupervisorsOnly = ["audit-search", "forms-late-count"];

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task No_staff_service_method_serves_an_anonymous_visitor_or_a_parent(string action)
    {
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, StaffPortal.Anonymous));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, StaffPortal.Parent()));
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Every_staff_service_method_serves_a_supervisor(string action) => await RunAsync(action, portal.Supervisor);

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Every_staff_service_method_but_the_supervisors_own_serves_a_caseworker(string action)
    {
        if (SupervisorsOnly.Contains(action)) await Assert.ThrowsAsync<StaffAccessDeniedException>(() => RunAsync(action, portal.Caseworker));
        else await RunAsync(action, portal.Caseworker);
    }

    private async Task RunAsync(string action, ClaimsPrincipal user)
    {
        var caseNumber = CaseNumber.Parse(DemoCase);
        // An account id that is on no case: the support actions get as far as the account check, after the access check.
        const string account = "no-such-account";
        const string reason = "access matrix";
        var support = portal.Get<StaffAccountSupport>();
        var forms = portal.Get<StaffForms>();
        var today = Portal.Domain.ArizonaTime.Today(portal.Clock);
        _ = action switch
        {
            "search" => await portal.Get<StaffCaseSearch>().SearchAsync(user, new StaffCaseQuery(CaseNumber: DemoCase), 0) as object,
            "open" => await portal.Get<StaffCases>().OpenAsync(user, caseNumber),
            "refresh" => await portal.Get<StaffCases>().RefreshAsync(user, caseNumber),
            // Invalid entries: the access check comes first, and a valid one would change the demo case.
            "record-payment" => await portal.Get<StaffCaseRecording>().RecordPaymentAsync(user, caseNumber, new StaffPaymentEntry(-1m, today, PaymentSource.DirectPayment)),
            "record-action" => await portal.Get<StaffCaseRecording>().RecordCaseActionAsync(user, caseNumber, new StaffCaseActionEntry(null, today, null)),
            "check-pin" => await support.CheckPhonePinAsync(user, caseNumber, account, "123456", reason),
            "unlock" => await support.UnlockAsync(user, caseNumber, account, reason),
            "reset-questions" => await support.ResetSecurityQuestionsAsync(user, caseNumber, account, reason),
            "resend-verification" => await support.ResendVerificationEmailAsync(user, caseNumber, account, reason, new Uri("https://portal.example.gov/")),
            "disable" => await support.DisableAccessAsync(user, caseNumber, account, reason),
            "enable" => await support.EnableAccessAsync(user, caseNumber, account, reason),
            "payments-download" => await portal.Get<StaffPaymentHistory>().DownloadAsync(user, caseNumber, new Portal.App.Features.Cases.Shared.PaymentRange(null, null)),
            "payments-print" => await portal.Get<StaffPaymentHistory>().PrintAsync(user, caseNumber, new Portal.App.Features.Cases.Shared.PaymentRange(null, null)),
            "audit-search" => await portal.Get<StaffAuditLog>().SearchAsync(user, new StaffAuditQuery(), 0),
            // No such form: each method gets past the access check to "not found".
            "forms-search" => await forms.SearchAsync(user, StaffFormFilter.Default, 0),
            "forms-late-count" => await forms.NotOpenedInTimeAsync(user),
            "forms-open" => await forms.OpenAsync(user, SomeForm),
            "forms-refresh" => await forms.RefreshAsync(user, SomeForm),
            "forms-assign" => await forms.AssignAsync(user, SomeForm, null),
            "forms-in-review" => await forms.MarkInReviewAsync(user, SomeForm),
            "forms-complete" => await forms.CompleteAsync(user, SomeForm),
            "forms-not-approve" => await forms.NotApproveAsync(user, SomeForm, reason),
            "forms-reveal" => await forms.RevealAccountAsync(user, SomeForm, reason),
            "forms-pdf" => await forms.PdfAsync(user, SomeForm),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }
}
