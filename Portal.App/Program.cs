using Portal.App.Components;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Applications;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Cases;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Dashboard;
using Portal.App.Features.Cases.Documents;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Payments;
using Portal.App.Features.Cases.Shared;
using Portal.App.Platform.Diagnostics;
using Portal.App.Platform.Health;
using Portal.App.Platform.Localization;
using Portal.App.Features.Accounts.Recovery;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Platform.Session;
using Portal.App.Features.Accounts.SignIn;
using Portal.App.Features.Offices;
using Portal.App.Features.Staff;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Applications;
using Portal.App.Features.Staff.Forms;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Payments;
using Portal.App.Infrastructure.Web;
using MudBlazor.Services;

var builder = WebApplication.CreateBuilder(args);

// How long a disconnected page's circuit, and then its persisted state, are kept: see PortalCircuits.
builder.Services.AddRazorComponents().AddInteractiveServerComponents(PortalCircuits.Configure);
builder.Services.AddMudServices();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalData();
builder.AddPortalIdentity();
builder.AddPortalEmail();
builder.AddPaymentProcessor();
builder.AddCaseSystemFeed();
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalLocalization();
builder.Services.AddRegistration();
builder.Services.AddSignIn();
builder.Services.AddRecovery();
builder.Services.AddAccountSecurity();
builder.Services.AddProfile();
builder.Services.AddCases();
builder.Services.AddCaseRecords();
builder.Services.AddDocuments(builder.Configuration);
builder.Services.AddForms();
builder.Services.AddPayments();
builder.Services.AddApplications();
builder.Services.AddPerfDiagnostics(builder.Configuration);
builder.Services.AddStaff();
builder.Services.AddOffices();
builder.Services.AddReverseProxySupport();
builder.AddSecurityHeaders();
builder.Services.AddCircuitProtection();

var app = builder.Build();

app.UseReverseProxySupport();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStaffNoIndex();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UsePortalLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseSecurityQuestionsRenewal();
app.UseCircuitProtection();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapPortalHealth();
app.MapCultureSwitch();
app.MapPasskeySignIn();
app.MapAccountSecurity();
app.MapPasskeys();
app.MapSessionKeepAlive();
app.MapDashboard();
app.MapDocuments();
app.MapForms();
app.MapPayments();
app.MapApplications();
app.MapStaff();
app.MapStaffForms();
app.MapStaffApplications();
app.MapPerfEndpoints();
// No per-message compression on the circuit's WebSocket: render batches are small, deflate cost every live dashboard
// CPU on each update (about 15% of a payment's fan-out) and native memory per connection, and compressing case figures
// next to text a user typed is the CRIME/BREACH pattern.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.DisableWebSocketCompression = true);

app.Run();

/// <summary>Exposed so the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
