using Portal.App.Components;
using Portal.App.Features.Localization;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddPortalLocalization();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/not-found");
app.UsePortalLocalization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapCultureSwitch();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>Exposed so the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
