using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Records;
using Portal.App.Features.Cases.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Dashboard;

/// <summary>
/// One app per test class with the hand-computed <see cref="DashboardCases"/>, a clock standing at 2026-11-22 and
/// requests signed in as the parent named in <see cref="TestParentAuthenticationHandler.PersonIdHeader"/>.
/// </summary>
public sealed class DashboardTestPortal : IDisposable
{
    private readonly ControlledPortal controlled = new();

    public DashboardTestPortal()
    {
        App = controlled.WithWebHostBuilder(builder => builder.ConfigureTestServices(TestParentAuthenticationHandler.UseAsDefault));
        using var db = App.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<App.Infrastructure.Data.PortalDbContext>>().CreateDbContext();
        DashboardCases.AddAsync(db).GetAwaiter().GetResult();
    }

    public WebApplicationFactory<Program> App { get; }

    public ManualTimeProvider Clock => controlled.Clock;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public CaseRecordWriter Writer => Get<CaseRecordWriter>();

    public CaseDashboards Dashboards => Get<CaseDashboards>();

    public CaseUpdateNotifier Notifier => (CaseUpdateNotifier)Get<ICaseUpdateNotifier>();

    public HttpClient ClientFor(string? personId)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (personId is not null) client.DefaultRequestHeaders.Add(TestParentAuthenticationHandler.PersonIdHeader, personId);
        return client;
    }

    public void Dispose()
    {
        App.Dispose();
        controlled.Dispose();
    }
}
