using System.Security.Cryptography;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Storage;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Dashboard;

namespace Portal.Tests.Features.Cases.Documents;

/// <summary>What an upload keeps and what it refuses: by size, by name and by content, and by the virus scanner.</summary>
public sealed class DocumentUploadTests(DocumentsPortal portal) : IClassFixture<DocumentsPortal>
{
    private static readonly byte[] Exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];

    [Fact]
    public async Task A_pdf_is_stored_encrypted_with_its_hash_size_and_sanitised_name_and_listed_as_received()
    {
        var id = await portal.RosaUploadsAsync("C:\\Users\\rosa\\pay stub.pdf");

        var document = await portal.DocumentAsync(id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(DocumentsPortal.Pdf)), document.Sha256);
        Assert.Equal(DocumentsPortal.Pdf.Length, document.SizeBytes);
        Assert.Equal("application/pdf", document.ContentType);
        Assert.Equal(DocumentScanStatus.Clean, document.ScanStatus);
        Assert.DoesNotContain("pay stub", document.ProtectedFileName, StringComparison.Ordinal);
        Assert.Equal(DocumentsPortal.Pdf, portal.Scanner.LastContent); // the scanner sees the plain content
        var mine = await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), DashboardCases.Arrears, CancellationToken.None);
        var listed = Assert.Single(mine, d => d.Id == id);
        Assert.Equal("pay stub.pdf", listed.FileName);
        Assert.Equal(DocumentReviewStatus.Received, listed.Review);
        Assert.True(listed.MayDownload);
        var stored = Assert.Single(Directory.GetFiles(portal.DocumentsFolder, document.StorageKey, SearchOption.AllDirectories));
        Assert.Equal(-1, (await File.ReadAllBytesAsync(stored)).AsSpan().IndexOf("%PDF"u8));
    }

    [Theory]
    [InlineData("setup.exe", DocumentProblem.TypeNotAllowed)]
    [InlineData("invoice.pdf", DocumentProblem.ContentDoesNotMatchType)]
    [InlineData("../../../../etc/cron.d/invoice.pdf", DocumentProblem.ContentDoesNotMatchType)]
    public async Task A_program_is_refused_whatever_it_is_called(string name, DocumentProblem problem)
    {
        Assert.Equal(problem, await RefusalAsync(DocumentsPortal.Upload(name, Exe)));
    }

    [Fact]
    public async Task A_pdf_with_a_png_extension_is_refused() =>
        Assert.Equal(DocumentProblem.ContentDoesNotMatchType, await RefusalAsync(DocumentsPortal.Upload("photo.png", DocumentsPortal.Pdf)));

    [Fact]
    public async Task An_empty_file_is_refused() =>
        Assert.Equal(DocumentProblem.Empty, await RefusalAsync(DocumentsPortal.Upload("empty.pdf", [])));

    [Fact]
    public async Task A_file_that_says_it_is_too_large_is_refused_without_being_read()
    {
        var opened = false;
        var upload = new DocumentUpload("big.pdf", portal.Documents.MaxFileBytes + 1, _ => { opened = true; return new MemoryStream(DocumentsPortal.Pdf); });

        Assert.Equal(DocumentProblem.TooLarge, await RefusalAsync(upload));
        Assert.False(opened);
    }

    [Fact]
    public async Task A_file_larger_than_it_said_is_refused_while_streaming_and_nothing_is_kept()
    {
        var content = new byte[portal.Documents.MaxFileBytes + 10];
        DocumentsPortal.Pdf.CopyTo(content, 0);
        long askedMax = 0;
        var upload = new DocumentUpload("big.pdf", 1000, max => { askedMax = max; return new MemoryStream(content); });
        var before = Files();

        Assert.Equal(DocumentProblem.TooLarge, await RefusalAsync(upload));
        Assert.Equal(portal.Documents.MaxFileBytes, askedMax);
        Assert.Equal(before, Files());
    }

    [Fact]
    public async Task A_file_that_stops_arriving_is_refused_as_not_received()
    {
        var upload = new DocumentUpload("cut.pdf", 5000, _ => new BrokenStream(DocumentsPortal.Pdf));

        Assert.Equal(DocumentProblem.NotReceived, await RefusalAsync(upload));
    }

    [Fact]
    public async Task An_infected_file_is_refused_its_content_deleted_and_it_is_never_listed()
    {
        using (portal.Scanner.Saying(new ScanResult.Infected("Eicar-Signature")))
        {
            Assert.Equal(DocumentProblem.Infected, await RefusalAsync(DocumentsPortal.Upload("infected.pdf", DocumentsPortal.Pdf), DashboardCases.Credit));
        }

        var mine = await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), DashboardCases.Credit, CancellationToken.None);
        Assert.DoesNotContain(mine, d => d.FileName == "infected.pdf");
    }

    [Fact]
    public async Task A_file_waiting_in_quarantine_for_the_scanner_is_kept_but_not_downloadable_by_the_parent()
    {
        Guid id;
        using (portal.Scanner.Saying(new ScanResult.Failed())) id = await portal.RosaUploadsAsync("failed.pdf");

        Assert.Equal(DocumentScanStatus.AwaitingScan, (await portal.DocumentAsync(id)).ScanStatus);
        var listed = Assert.Single(await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), null, CancellationToken.None), d => d.Id == id);
        Assert.False(listed.MayDownload);
        Assert.Null(await portal.Documents.OpenMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), id, CancellationToken.None));
    }

    [Fact]
    public async Task Without_a_scanner_the_parent_can_still_download_the_file_they_sent()
    {
        Guid id;
        using (portal.Scanner.Saying(new ScanResult.NotScanned())) id = await portal.RosaUploadsAsync("not-scanned.pdf");

        Assert.Equal(DocumentScanStatus.NotScanned, (await portal.DocumentAsync(id)).ScanStatus);
        var listed = Assert.Single(await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), null, CancellationToken.None), d => d.Id == id);
        Assert.True(listed.MayDownload);
        await using var content = await portal.Documents.OpenMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), id, CancellationToken.None);
        Assert.NotNull(content);
    }

    [Fact]
    public async Task An_undefined_document_type_is_refused()
    {
        var result = await portal.Documents.UploadAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), DashboardCases.Arrears, (DocumentType)99,
            DocumentsPortal.Upload("x.pdf", DocumentsPortal.Pdf), CancellationToken.None);

        Assert.Equal(DocumentProblem.NoDocumentType, Assert.IsType<DocumentUploadResult.Refused>(result).Problem);
    }

    [Fact]
    public async Task A_parents_list_is_newest_first_and_only_their_own()
    {
        var first = await portal.RosaUploadsAsync("first.pdf");
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await portal.RosaUploadsAsync("second.pdf");
        var mateos = Assert.IsType<DocumentUploadResult.Uploaded>(await portal.Documents.UploadAsync(DocumentsPortal.Parent(DocumentsPortal.Mateo), DashboardCases.Arrears,
            DocumentType.CourtOrder, DocumentsPortal.Upload("mateo.pdf", DocumentsPortal.Pdf), CancellationToken.None)).DocumentId;

        var rosas = await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), null, CancellationToken.None);

        Assert.True(rosas.ToList().FindIndex(d => d.Id == second) < rosas.ToList().FindIndex(d => d.Id == first));
        Assert.DoesNotContain(rosas, d => d.Id == mateos);
        Assert.Contains(await portal.Documents.ListMineAsync(DocumentsPortal.Parent(DocumentsPortal.Mateo), null, CancellationToken.None), d => d.Id == mateos);
    }

    private async Task<DocumentProblem> RefusalAsync(DocumentUpload upload, Portal.Domain.Cases.CaseNumber? caseNumber = null)
    {
        var result = await portal.Documents.UploadAsync(DocumentsPortal.Parent(DocumentsPortal.Rosa), caseNumber ?? DashboardCases.Arrears, DocumentType.ProofOfIncome, upload, CancellationToken.None);
        return Assert.IsType<DocumentUploadResult.Refused>(result).Problem;
    }

    private string[] Files() => Directory.Exists(portal.DocumentsFolder) ? [.. Directory.GetFiles(portal.DocumentsFolder, "*", SearchOption.AllDirectories).Order()] : [];

    /// <summary>Gives its bytes, then fails as a dropped browser connection does.</summary>
    private sealed class BrokenStream(byte[] start) : MemoryStream(start)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = await base.ReadAsync(buffer, cancellationToken);
            return read > 0 ? read : throw new IOException("The connection dropped.");
        }
    }
}
