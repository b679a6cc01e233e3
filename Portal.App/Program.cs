using Portal.App.Components;
using Portal.App.Features.Health;
using Portal.App.Infrastructure.Data;
using Radzen;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddPortalData();
builder.Services.AddPortalHealthChecks();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
    app.UseHsts();
}
app.UseAntiforgery();
app.MapStaticAssets();
app.MapPortalHealth();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.InitializePortalDatabaseAsync();
app.Run();

/// <summary>Exposed so the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
