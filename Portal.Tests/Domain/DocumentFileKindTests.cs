using System.Text;
using Portal.Domain.Documents;

namespace Portal.Tests.Domain;

public sealed class DocumentFileKindTests
{
    private static readonly byte[] PdfHead = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0];
    private static readonly byte[] JpegHead = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10];
    private static readonly byte[] ExeHead = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0];

    [Theory]
    [InlineData("pay-stub.pdf", "application/pdf")]
    [InlineData("PAY-STUB.PDF", "application/pdf")]
    public void A_pdf_named_pdf_is_allowed(string name, string contentType) =>
        Assert.Equal(contentType, Assert.IsType<DocumentFileCheck.Allowed>(DocumentFileKind.Detect(PdfHead, name)).Kind.ContentType);

    [Theory]
    [InlineData("photo.jpg")]
    [InlineData("photo.JPEG")]
    public void A_jpeg_named_jpg_or_jpeg_is_allowed(string name) =>
        Assert.Equal(DocumentFileKind.Jpeg, Assert.IsType<DocumentFileCheck.Allowed>(DocumentFileKind.Detect(JpegHead, name)).Kind);

    [Fact]
    public void A_png_named_png_is_allowed() =>
        Assert.Equal(DocumentFileKind.Png, Assert.IsType<DocumentFileCheck.Allowed>(DocumentFileKind.Detect(PngHead, "scan.png")).Kind);

    [Theory]
    [InlineData("invoice.pdf")]
    [InlineData("invoice.png")]
    [InlineData("invoice.jpg")]
    public void A_program_renamed_to_an_allowed_extension_is_refused_as_content_that_does_not_match(string name) =>
        Assert.IsType<DocumentFileCheck.ContentDoesNotMatchType>(DocumentFileKind.Detect(ExeHead, name));

    [Fact]
    public void A_pdf_with_a_png_extension_is_refused_as_content_that_does_not_match() =>
        Assert.Equal(DocumentFileKind.Png, Assert.IsType<DocumentFileCheck.ContentDoesNotMatchType>(DocumentFileKind.Detect(PdfHead, "court-order.png")).Claimed);

    [Theory]
    [InlineData("setup.exe")]
    [InlineData("letter.docx")]
    [InlineData("page.html")]
    [InlineData("image.svg")]
    [InlineData("no-extension")]
    [InlineData("archive.pdf.exe")]
    public void Any_other_extension_is_refused_even_when_the_content_is_a_pdf(string name) =>
        Assert.IsType<DocumentFileCheck.TypeNotAllowed>(DocumentFileKind.Detect(PdfHead, name));

    [Fact]
    public void An_empty_file_is_refused_as_empty() =>
        Assert.IsType<DocumentFileCheck.Empty>(DocumentFileKind.Detect([], "empty.pdf"));

    [Fact]
    public void A_file_shorter_than_its_signature_does_not_match() =>
        Assert.IsType<DocumentFileCheck.ContentDoesNotMatchType>(DocumentFileKind.Detect("%PD"u8, "short.pdf"));

    [Fact]
    public void The_accept_list_names_exactly_the_allowed_extensions() =>
        Assert.Equal(".pdf,.jpg,.jpeg,.png", DocumentFileKind.AcceptList);
}
