using Portal.App.Components;
using Portal.App.Features.AccountSecurity;
using Portal.App.Features.CaseRecords;
using Portal.App.Features.Dashboard;
using Portal.App.Features.Diagnostics;
using Portal.App.Features.Health;
using Portal.App.Features.Localization;
using Portal.App.Features.Recovery;
using Portal.App.Features.Registration;
using Portal.App.Features.Session;
using Portal.App.Features.SignIn;
using Portal.App.Features.Staff;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
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
builder.Services.AddPortalHealthChecks();
builder.Services.AddPortalLocalization();
builder.Services.AddRegistration();
builder.Services.AddSignIn();
builder.Services.AddRecovery();
builder.Services.AddAccountSecurity();
builder.Services.AddDashboard();
builder.Services.AddCaseRecords();
builder.Services.AddPerfDiagnostics(builder.Configuration);
builder.Services.AddStaff();
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
app.MapAccountSecurity();
app.MapSessionKeepAlive();
app.MapDashboard();
app.MapStaff();
app.MapPerfEndpoints();
// No per-message compression on the circuit's WebSocket: render batches are small, deflate cost every live dashboard
// CPU on each update (about 15% of a payment's fan-out) and native memory per connection, and compressing case figures
// next to text a user typed is the CRIME/BREACH pattern.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(options => options.DisableWebSocketCompression = true);

app.Run();

/// <summary>Exposed so the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
