using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.Shared;
using Portal.App.Features.Staff.Forms;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>The staff form page's "not approved": a refused reason is explained at the field and kept; a good one decides the form.</summary>
public sealed class StaffFormPageTests : BunitContext, IClassFixture<FormsStaffPortal>, IAsyncLifetime
{
    private readonly FormsStaffPortal portal;

    public StaffFormPageTests(FormsStaffPortal portal)
    {
        this.portal = portal;
        portal.AddPageServices(this, "caseworker", PortalRoles.Caseworker);
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's snackbar leaves a service that can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Theory]
    [InlineData("en-US", "Use 500 characters or fewer.", "Received", "Not approved")]
    [InlineData("es-US", "Use 500 caracteres o menos.", "Recibido", "No aprobado")]
    public async Task A_refused_reason_is_explained_at_the_field_and_kept_and_a_good_one_decides_the_form(string language, string tooLong, string received, string notApproved)
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        using var culture = new CultureScope(language);
        var page = Render<StaffFormPage>(p => p.Add(x => x.FormId, id));
        page.WaitForAssertion(() => Assert.Equal(received, page.Find("[data-testid=form-status]").TextContent));
        var typed = "Arrears are owed to the state. " + new string('x', StaffForms.ReasonMaxLength);

        page.Find("#not-approved-reason").Input(typed);
        page.Find("#not-approved-reason").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Contains(tooLong, page.Find("#not-approved-reason-error").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", page.Find("#not-approved-reason").GetAttribute("aria-invalid"));
        Assert.Equal(typed, page.Find("#not-approved-reason").GetAttribute("value"));
        Assert.Contains(tooLong, page.Find(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(received, page.Find("[data-testid=form-status]").TextContent);

        page.Find("#not-approved-reason").Input("Arrears are owed to the state. Call us about a payment plan.");
        page.Find("#not-approved-reason").Closest("form")!.Submit();

        page.WaitForAssertion(() => Assert.Equal(notApproved, page.Find("[data-testid=form-status]").TextContent));
        Assert.Contains("Arrears are owed to the state. Call us about a payment plan.", page.Find("[data-testid=not-approved-reason]").TextContent, StringComparison.Ordinal);
        Assert.Contains(notApproved, page.Find("[data-testid=form-announcement]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("#not-approved-reason")); // decided: nothing more to do
        Assert.Equal(FormStatus.NotApproved, (await FormsStaffPortal.ParentViewAsync(parent, id)).Status);
    }

    [Theory]
    [InlineData("en-US", "Electronic payment authorization F-7K3M-9QXD, now In review", "Request to close a child support case F-7K3M-9QXD")]
    [InlineData("es-US", "Autorización de pago electrónico F-7K3M-9QXD, ahora En revisión", "Solicitud para cerrar un caso de manutención de menores F-7K3M-9QXD")]
    public void A_forms_audit_detail_is_said_in_plain_words(string language, string moved, string opened)
    {
        using var culture = new CultureScope(language);
        var text = Services.GetRequiredService<IStringLocalizer<StaffText>>();
        var dashboard = Services.GetRequiredService<IStringLocalizer<DashboardText>>();
        var forms = Services.GetRequiredService<IStringLocalizer<SignedFormText>>();

        Assert.Equal(moved, StaffAuditDetailText.Describe(StaffAuditAction.FormStatusChanged, "PaymentAuthorization F-7K3M-9QXD: InReview", text, dashboard, forms));
        Assert.Equal(opened, StaffAuditDetailText.Describe(StaffAuditAction.BankAccountRevealed, "CaseClosure F-7K3M-9QXD", text, dashboard, forms));
    }
}
