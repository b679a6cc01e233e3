using Portal.Domain.Documents;

namespace Portal.Tests.Domain;

public sealed class DocumentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("C:\\Users\\rosa\\Documents\\pay stub.pdf", "pay stub.pdf")]
    [InlineData("/home/rosa/court order.pdf", "court order.pdf")]
    [InlineData("folder/../../../secret.png", "secret.png")]
    public void Only_the_last_part_of_a_path_is_kept_whichever_slash_it_uses(string name, string expected) =>
        Assert.Equal(expected, DocumentFileName.Sanitize(name));

    [Theory]
    [InlineData("pay\u0000stub.pdf", "paystub.pdf")]
    [InlineData("pay\r\nstub.pdf", "paystub.pdf")]
    [InlineData("evil\u202Efdp.exe", "evilfdp.exe")]
    [InlineData("a\"b<c>d|e?f*g:h.pdf", "abcdefgh.pdf")]
    public void Control_format_and_quoting_characters_are_removed(string name, string expected) =>
        Assert.Equal(expected, DocumentFileName.Sanitize(name));

    [Fact]
    public void Accents_and_spaces_are_kept() =>
        Assert.Equal("Comprobante de ingresos — José Peña.pdf", DocumentFileName.Sanitize("Comprobante de ingresos — José Peña.pdf"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("../")]
    [InlineData("..")]
    public void Nothing_left_gives_a_neutral_name(string? name) =>
        Assert.Equal(DocumentFileName.Fallback, DocumentFileName.Sanitize(name));

    [Fact]
    public void A_long_name_is_cut_to_the_limit_keeping_its_extension()
    {
        var sanitized = DocumentFileName.Sanitize(new string('a', 300) + ".pdf");

        Assert.Equal(DocumentFileName.MaxLength, sanitized.Length);
        Assert.EndsWith("aaa.pdf", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cut_never_splits_an_emoji()
    {
        var sanitized = DocumentFileName.Sanitize(new string('a', 95) + "😀😀😀😀😀😀.pdf");

        Assert.Equal(new string('a', 95) + ".pdf", sanitized);
    }
}
