using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>
/// One app per test class with the hand-made <see cref="DashboardCases"/> (Rosa, P9000001, on Arrears and Credit; Mateo,
/// P9000002, the other parent on Arrears; Ana, P9000003, a stranger on Empty), a scripted virus scanner, and requests
/// signed in through <see cref="DocumentsTestAuthenticationHandler"/>.
/// </summary>
public sealed class DocumentsPortal : IDisposable
{
    public const string Rosa = DashboardCases.Parent;
    public const string Mateo = DashboardCases.OtherParent;
    public const string Ana = DashboardCases.Stranger;

    public static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private readonly ControlledPortal controlled = new();

    public DocumentsPortal()
    {
        App = controlled.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            DocumentsTestAuthenticationHandler.UseAsDefault(services);
            services.AddSingleton<IDocumentScanner>(Scanner);
        }));
        using var db = Get<IDbContextFactory<PortalDbContext>>().CreateDbContext();
        DashboardCases.AddAsync(db).GetAwaiter().GetResult();
    }

    public WebApplicationFactory<Program> App { get; }

    public ScriptedScanner Scanner { get; } = new();

    public string DocumentsFolder => controlled.DocumentsFolder;

    public ManualTimeProvider Clock => controlled.Clock;

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    public CaseDocuments Documents => Get<CaseDocuments>();

    public static ClaimsPrincipal Parent(string personId, string? userId = null) =>
        DocumentsTestAuthenticationHandler.PrincipalFor(userId is null ? $"parent:{personId}" : $"parent:{personId}:{userId}");

    public static ClaimsPrincipal Caseworker => DocumentsTestAuthenticationHandler.PrincipalFor("caseworker");

    public static ClaimsPrincipal Supervisor => DocumentsTestAuthenticationHandler.PrincipalFor("supervisor");

    public static DocumentUpload Upload(string name, byte[] content, long? declaredSize = null) =>
        new(name, declaredSize ?? content.Length, _ => new MemoryStream(content));

    /// <summary>Rosa (or <paramref name="uploader"/>) uploads a PDF to Arrears (scanned clean unless the scanner says otherwise) and gets its id.</summary>
    public async Task<Guid> RosaUploadsAsync(string name = "pay-stub.pdf", ClaimsPrincipal? uploader = null)
    {
        var result = await Documents.UploadAsync(uploader ?? Parent(Rosa), DashboardCases.Arrears, DocumentType.ProofOfIncome, Upload(name, Pdf), CancellationToken.None);
        return Assert.IsType<DocumentUploadResult.Uploaded>(result).DocumentId;
    }

    public HttpClient ClientFor(string who)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (who != "anonymous") client.DefaultRequestHeaders.Add(DocumentsTestAuthenticationHandler.UserHeader, who);
        return client;
    }

    public async Task<CaseDocument> DocumentAsync(Guid id)
    {
        await using var db = await Get<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.CaseDocuments.AsNoTracking().SingleAsync(d => d.Id == id);
    }

    public void Dispose()
    {
        App.Dispose();
        controlled.Dispose();
    }
}
