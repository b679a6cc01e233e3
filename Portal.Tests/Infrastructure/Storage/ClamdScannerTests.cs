using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Dashboard;
using Portal.Tests.Support;
using Xunit.Abstractions;

namespace Portal.Tests.Infrastructure.Storage;

/// <summary>The INSTREAM client against a real clamd, and an upload through the portal with clamd configured.</summary>
public sealed class ClamdScannerTests(ClamdServer clamd, ITestOutputHelper output) : IClassFixture<ClamdServer>
{
    [Fact]
    public async Task The_eicar_test_file_is_found_infected()
    {
        output.WriteLine($"clamd answered its first PING {clamd.StartupTime.TotalSeconds:0.0} s after it started");

        var verdict = await Scanner(clamd.Port).ScanAsync(new MemoryStream(ClamdServer.Eicar), CancellationToken.None);

        Assert.StartsWith("Eicar-Signature", Assert.IsType<ScanResult.Infected>(verdict).Signature, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clean_file_of_several_chunks_is_clean()
    {
        var content = new byte[300_000];
        new Random(7).NextBytes(content);

        Assert.IsType<ScanResult.Clean>(await Scanner(clamd.Port).ScanAsync(new MemoryStream(content), CancellationToken.None));
    }

    [Fact]
    public async Task A_scanner_that_is_not_listening_is_a_failure_not_a_verdict()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.IsType<ScanResult.Failed>(await Scanner(port).ScanAsync(new MemoryStream(ClamdServer.Eicar), CancellationToken.None));
    }

    [Fact]
    public async Task An_infected_pdf_uploaded_through_the_portal_is_refused_and_never_kept()
    {
        using var app = new ControlledPortal();
        app.Settings["Documents:Scanner:Port"] = clamd.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using (var db = await dbFactory.CreateDbContextAsync()) await DashboardCases.AddAsync(db);
        var documents = app.Services.GetRequiredService<CaseDocuments>();
        var rosa = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "user-rosa"), new Claim(PortalClaims.PersonId, DashboardCases.Parent)], "Test"));

        var infected = await documents.UploadAsync(rosa, DashboardCases.Arrears, DocumentType.ProofOfIncome,
            new DocumentUpload("pay-stub.pdf", ClamdServer.InfectedPdf.Length, _ => new MemoryStream(ClamdServer.InfectedPdf)), CancellationToken.None);
        var clean = await documents.UploadAsync(rosa, DashboardCases.Arrears, DocumentType.ProofOfIncome,
            new DocumentUpload("clean.pdf", 20, _ => new MemoryStream("%PDF-1.4\n%%EOF\nclean"u8.ToArray())), CancellationToken.None);

        Assert.Equal(DocumentProblem.Infected, Assert.IsType<DocumentUploadResult.Refused>(infected).Problem);
        Assert.Equal(DocumentScanStatus.Clean, Assert.IsType<DocumentUploadResult.Uploaded>(clean).Scan);
        await using var check = await dbFactory.CreateDbContextAsync();
        var refused = await check.CaseDocuments.AsNoTracking().SingleAsync(d => d.ScanStatus == DocumentScanStatus.Infected);
        Assert.Empty(Directory.GetFiles(app.DocumentsFolder, refused.StorageKey, SearchOption.AllDirectories));
        Assert.Single(await documents.ListMineAsync(rosa, null, CancellationToken.None));
    }

    private static ClamdScanner Scanner(int port) => new(
        Options.Create(new DocumentsOptions { Scanner = new DocumentScannerOptions { Port = port, Timeout = TimeSpan.FromSeconds(20) } }),
        NullLogger<ClamdScanner>.Instance);
}
