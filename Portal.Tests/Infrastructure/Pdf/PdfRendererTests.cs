using Portal.App.Infrastructure.Pdf;
using Portal.Tests.Support;
using PdfSharp.Pdf.IO;

namespace Portal.Tests.Infrastructure.Pdf;

public sealed class PdfRendererTests
{
    private const double PageWidth = 612, PageHeight = 792, Margin = 54;

    [Fact]
    public void A_copy_is_a_US_Letter_PDF_that_names_only_its_title_and_the_portal()
    {
        var pdf = PdfRenderer.Render(SignedForm("Change of address", [new PdfField("Reference", "EF-2026-000123")]));

        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        using var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
        Assert.Equal(PageWidth, document.Pages[0].Width.Point, 0.01);
        Assert.Equal(PageHeight, document.Pages[0].Height.Point, 0.01);
        Assert.Equal("Change of address", document.Info.Title);
        Assert.Equal("Portal", document.Info.Creator);
        Assert.Equal("", document.Info.Author);
        Assert.Equal("", document.Info.Subject);
    }

    [Fact]
    public void English_answers_the_signature_and_the_reference_number_read_back_from_the_copy()
    {
        var pdf = PdfRenderer.Render(new PdfContent("Change of address", "Signed form", [
            new PdfBlock.Heading("Your answers"),
            new PdfBlock.Fields([new PdfField("New address", "123 W Main St\nPhoenix, AZ 85003"), new PdfField("Moving date", "January 5, 2027")]),
            new PdfBlock.Heading("Signature"),
            new PdfBlock.Paragraph("Signed electronically by Ana Lopez on December 6, 2026 at 10:15 AM Arizona time."),
        ], "Reference EF-2026-000123"));

        var lines = PdfText.Extract(pdf).Split('\n');
        Assert.Equal(
            ["Change of address", "Signed form", "Your answers", "New address", "123 W Main St", "Phoenix, AZ 85003", "Moving date", "January 5, 2027",
                "Signature", "Signed electronically by Ana Lopez on December 6, 2026 at 10:15 AM Arizona time.", "Reference EF-2026-000123", "Page 1 of 1"],
            lines);
    }

    [Fact]
    public void Spanish_accents_and_punctuation_read_back_with_the_callers_page_label()
    {
        var pdf = PdfRenderer.Render(new PdfContent("Cambio de dirección", "Formulario firmado", [
            new PdfBlock.Fields([new PdfField("¿Cuál es su nueva dirección?", "Calle Año Nuevo 5, Peñasco"), new PdfField("Nombre", "Zoë Pingüino Úrsula")]),
            new PdfBlock.Paragraph("¡Gracias! Revisaremos su solicitud en cinco días hábiles. Café, niño, acción, €25 – «listo»."),
        ], "Número de referencia EF-2026-000123") { PageLabel = "Página {0} de {1}", Language = "es-US" });

        Assert.Equal(
            ["Cambio de dirección", "Formulario firmado", "¿Cuál es su nueva dirección?", "Calle Año Nuevo 5, Peñasco", "Nombre", "Zoë Pingüino Úrsula",
                "¡Gracias! Revisaremos su solicitud en cinco días hábiles. Café, niño, acción, €25 – «listo».",
                "Número de referencia EF-2026-000123", "Página 1 de 1"],
            PdfText.Extract(pdf).Split('\n'));
    }

    [Fact]
    public void Characters_WinAnsi_cannot_show_get_a_close_spelling_instead_of_an_error()
    {
        var pdf = PdfRenderer.Render(SignedForm("Names", [new PdfField("Name", "Erdős Dvořák 😀 Дима → ok\u200B!")]));

        Assert.Contains("Erdos Dvorák ? ???? -> ok!", PdfText.Extract(pdf).Split('\n'));
    }

    [Fact]
    public void A_long_form_flows_onto_more_pages_with_every_answer_once_and_page_N_of_M_on_each()
    {
        var answers = Enumerable.Range(1, 100).Select(i => new PdfField($"Question {i}", $"Answer {i}")).ToList();

        var pdf = PdfRenderer.Render(SignedForm("Application", answers));

        var pages = PdfText.Pages(pdf);
        Assert.InRange(pages.Count, 3, 4);
        for (var n = 1; n <= pages.Count; n++)
        {
            Assert.EndsWith($"Reference EF-2026-000123\nPage {n} of {pages.Count}", pages[n - 1], StringComparison.Ordinal);
        }

        var shown = PdfText.Runs(pdf).Select(run => run.Text).Where(text => text.StartsWith("Answer ", StringComparison.Ordinal));
        Assert.Equal(answers.Select(answer => answer.Value), shown);
        Assert.All(PdfText.Runs(pdf), run => Assert.InRange(run.Top, Margin, PageHeight - Margin));
    }

    [Fact]
    public void A_row_that_does_not_fit_moves_whole_to_the_next_page()
    {
        var answers = Enumerable.Range(1, 40).Select(i => new PdfField($"Question {i}", $"First line {i}\nSecond line {i}\nThird line {i}")).ToList();

        var runs = PdfText.Runs(PdfRenderer.Render(SignedForm("Application", answers)));

        Assert.True(runs.Max(run => run.Page) > 1);
        for (var i = 1; i <= 40; i++)
        {
            var pages = runs.Where(run => !run.Text.StartsWith("Page ", StringComparison.Ordinal) && run.Text.EndsWith($" {i}", StringComparison.Ordinal))
                .Select(run => run.Page).Distinct();
            Assert.Single(pages);
        }
    }

    [Theory]
    [InlineData("paragraph")]
    [InlineData("field")]
    [InlineData("table")]
    public void A_300_character_word_breaks_across_lines_inside_the_margins_and_reads_back_whole(string where)
    {
        var word = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + (i % 26))));
        PdfBlock block = where switch
        {
            "paragraph" => new PdfBlock.Paragraph(word),
            "field" => new PdfBlock.Fields([new PdfField("Answer", word)]),
            _ => new PdfBlock.Table([new PdfColumn("Note", 0.7), new PdfColumn("Amount", 0.3, AlignRight: true)], [[word, "5.00"]]),
        };

        var runs = PdfText.Runs(PdfRenderer.Render(new PdfContent("Notes", null, [block], "Reference EF-2026-000123")));

        var pieces = runs.Where(run => word.Contains(run.Text, StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count > 1);
        Assert.Equal(word, string.Concat(pieces.Select(run => run.Text)));
        Assert.All(runs, run => Assert.InRange(run.Right, Margin, PageWidth - Margin + 0.01));
        if (where == "table")
        {
            var amount = runs.Single(run => run.Text == "5.00");
            Assert.All(pieces, piece => Assert.True(piece.Right < amount.X - 6, $"{piece.Text} runs into the amount column"));
        }
    }

    [Fact]
    public void Table_amounts_align_right_and_the_header_repeats_on_every_page()
    {
        var months = Enumerable.Range(0, 70).Select(i => new DateOnly(2021, 1, 1).AddMonths(i)).ToList();
        var rows = months.Select((month, i) => (IReadOnlyList<string>)[month.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture), i % 2 == 0 ? "5.00" : "1,234.56"]).ToList();
        var content = new PdfContent("Monthly statement", "Payments received", [
            new PdfBlock.Table([new PdfColumn("Month", 0.6), new PdfColumn("Amount", 0.4, AlignRight: true)], rows),
        ], "Case 1234567890");

        var runs = PdfText.Runs(PdfRenderer.Render(content));

        var pageCount = runs.Max(run => run.Page);
        Assert.True(pageCount > 1);
        var headers = runs.Where(run => run.Text == "Amount").ToList();
        Assert.Equal(Enumerable.Range(1, pageCount), headers.Select(run => run.Page));
        var amounts = runs.Where(run => run.Text is "5.00" or "1,234.56").ToList();
        Assert.Equal(70, amounts.Count);
        // Within a twentieth of a point: the file rounds positions and widths.
        Assert.All(amounts.Concat(headers), run => Assert.Equal(headers[0].Right, run.Right, 0.05));
        Assert.True(amounts.First(run => run.Text == "5.00").X > amounts.First(run => run.Text == "1,234.56").X);
        foreach (var header in headers)
        {
            // The header is the first row of the table on its page.
            Assert.True(runs.Where(run => run.Page == header.Page && run.Text is "5.00" or "1,234.56").All(run => run.Top > header.Top));
        }
    }

    [Fact]
    public void A_table_row_with_a_cell_missing_is_refused_before_anything_is_drawn()
    {
        var content = new PdfContent("Statement", null, [
            new PdfBlock.Table([new PdfColumn("Month", 0.6), new PdfColumn("Amount", 0.4, AlignRight: true)], [["January 2027"]]),
        ], "Case 1234567890");

        Assert.Throws<ArgumentException>(() => PdfRenderer.Render(content));
    }

    [Fact]
    public void Copies_render_side_by_side_from_many_requests()
    {
        var copies = new byte[8][];

        Parallel.For(0, copies.Length, i => copies[i] = PdfRenderer.Render(SignedForm($"Form {i}", [new PdfField("Reference", $"EF-{i}")])));

        Assert.All(copies.Select((pdf, i) => (pdf, i)), copy => Assert.Contains($"EF-{copy.i}", PdfText.Extract(copy.pdf), StringComparison.Ordinal));
    }

    private static PdfContent SignedForm(string title, IReadOnlyList<PdfField> answers) =>
        new(title, "Signed form", [new PdfBlock.Heading("Your answers"), new PdfBlock.Fields(answers)], "Reference EF-2026-000123");
}
