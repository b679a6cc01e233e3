using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Search;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The supervisor's audit page with dates nobody means: a message at the field, and the circuit lives on.</summary>
public sealed class StaffAuditLogPageTests : BunitContext, IClassFixture<StaffPortal>
{
    private readonly StaffPortal portal;

    public StaffAuditLogPageTests(StaffPortal portal)
    {
        this.portal = portal;
        this.AddStaffPageServicesOf<StaffAuditLog>(portal, "supervisor", PortalRoles.Supervisor);
    }

    [Theory]
    [InlineData("en-US", "$125.50 received Nov 21, 2026 (Direct payment)", "A notice was mailed, dated Nov 20, 2026", "All dates; ")]
    [InlineData("es-US", "$125.50 recibido el 21 nov 2026 (Pago directo)", "Se envió un aviso por correo, con fecha 20 nov 2026", "Todas las fechas; ")]
    public async Task A_supervisor_reads_each_audit_detail_in_plain_words_in_their_language(string language, string payment, string caseAction, string download)
    {
        var (caseNumber, _) = portal.NextParent();
        await portal.Get<StaffCaseRecording>().RecordPaymentAsync(portal.Caseworker, caseNumber, new StaffPaymentEntry(125.50m, new DateOnly(2026, 11, 21), PaymentSource.DirectPayment));
        await portal.Get<StaffCaseRecording>().RecordCaseActionAsync(portal.Caseworker, caseNumber, new StaffCaseActionEntry(CaseActionType.NoticeSent, new DateOnly(2026, 11, 20), "Mailed."));
        await portal.Get<StaffPaymentHistory>().DownloadAsync(portal.Caseworker, caseNumber, new PaymentRange(null, null));
        using var culture = new CultureScope(language);

        var page = Render<StaffAuditLogPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[role=status]")));
        page.Find("#audit-case").Change(caseNumber.Digits);
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-testid=audit-table] tbody tr").Count));
        var details = page.FindAll("[data-testid=audit-table] tbody tr td:nth-child(5)").Select(td => td.TextContent.Trim()).ToList();
        Assert.Contains(details, d => d.StartsWith(language == "en-US" ? "Receipt " : "Recibo ", StringComparison.Ordinal) && d.EndsWith(payment, StringComparison.Ordinal));
        Assert.Contains(caseAction, details);
        Assert.Contains(details, d => d.StartsWith(download, StringComparison.Ordinal));
        // No enum names and no record ids.
        Assert.DoesNotContain(details, d => d.Contains("DirectPayment", StringComparison.Ordinal) || d.Contains("NoticeSent", StringComparison.Ordinal) || d.Contains("staff-", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "The PIN did not match", "Not sent: a verification email was sent moments ago", "3 cases found, page 2; case number 806-096-1680; SSN ***-**-0200; born Jul 1, 1991; name “ana”")]
    [InlineData("es-US", "El PIN no coincidió", "No se envió: se envió un correo de verificación hace unos momentos", "3 casos encontrados, página 2; número de caso 806-096-1680; SSN ***-**-0200; fecha de nacimiento 1 jul 1991; nombre “ana”")]
    public void Account_help_and_search_details_are_said_in_plain_words(string language, string pinDetail, string resendDetail, string searchDetail)
    {
        using var culture = new CultureScope(language);
        var text = Services.GetRequiredService<IStringLocalizer<StaffText>>();
        var dashboard = Services.GetRequiredService<IStringLocalizer<DashboardText>>();

        Assert.Equal(pinDetail, StaffAuditDetailText.Describe(StaffAuditAction.PhonePinChecked, "No match", text, dashboard));
        Assert.Equal(resendDetail, StaffAuditDetailText.Describe(StaffAuditAction.VerificationEmailResent, "Refused: a verification email was sent moments ago; nothing sent", text, dashboard));
        var search = StaffSearchAuditDetail.Describe(3, 1, "8060961680", ["ana"], "0200", new DateOnly(1991, 7, 1));
        Assert.Equal(searchDetail, StaffAuditDetailText.Describe(StaffAuditAction.CasesSearched, search, text, dashboard));
    }

    [Theory]
    [InlineData("", "9999-12-31", "#audit-to-error", "Enter a date from 1900 up to one year from today.")]
    [InlineData("0001-01-01", "", "#audit-from-error", "Enter a date from 1900 up to one year from today.")]
    [InlineData("9999-12-31", "", "#audit-from-error", "Enter a date from 1900 up to one year from today.")]
    [InlineData("", "0001-01-01", "#audit-to-error", "Enter a date from 1900 up to one year from today.")]
    [InlineData("2026-11-02", "2026-11-01", "#audit-to-error", "The “To” date is before the “From” date.")]
    public void An_impossible_date_range_is_explained_at_the_field_and_the_page_keeps_working(string from, string to, string problem, string message)
    {
        using var culture = CultureScope.English();
        var page = Render<StaffAuditLogPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[role=status]")));

        if (from.Length > 0) page.Find("#audit-from").Change(from);
        if (to.Length > 0) page.Find("#audit-to").Change(to);
        page.Find("form").Submit();

        Assert.Equal(message, page.Find(problem).TextContent.Trim());
        Assert.Equal("true", page.Find(problem.Replace("-error", "", StringComparison.Ordinal)).GetAttribute("aria-invalid"));
        Assert.Contains(message, page.Find(".error-summary").TextContent, StringComparison.Ordinal);

        // Corrected, the same page searches again.
        page.Find("#audit-from").Change("2026-01-01");
        page.Find("#audit-to").Change("2026-11-22");
        page.Find("form").Submit();
        Assert.Empty(page.FindAll(".field-error"));
    }
}
