using Portal.App.Infrastructure.Email.Pickup;

namespace Portal.Tests.Infrastructure.Email;

public sealed class EmlReaderTests
{
    // As another mail program writes it: bare LF line ends, a quoted-printable HTML part with soft line
    // breaks and encoded accents, and an RFC 2047 subject split over two encoded words.
    private const string WrittenElsewhere =
        "Subject: =?utf-8?q?Confirme_su_correo?=\n =?utf-8?q?_electr=C3=B3nico?=\n" +
        "To: Elisa Lang <elisa.lang@example.net>\n" +
        "Date: Sun, 22 Nov 2026 11:30:00 -0700\n" +
        "MIME-Version: 1.0\n" +
        "Content-Type: multipart/alternative; boundary=\"==b==\"\n" +
        "\n" +
        "--==b==\n" +
        "Content-Type: text/plain; charset=\"utf-8\"\n" +
        "Content-Transfer-Encoding: 7bit\n" +
        "\n" +
        "Hola, Elisa:\n" +
        "--==b==\n" +
        "Content-Type: text/html; charset=\"utf-8\"\n" +
        "Content-Transfer-Encoding: quoted-printable\n" +
        "\n" +
        "<h1>Confirme su correo electr=C3=B3nico</h1><a href=3D\"http://lo=\ncalhost/faq\">Confirmar</a>\n" +
        "--==b==--\n";

    [Fact]
    public void A_message_written_by_another_mail_program_reads_correctly()
    {
        var message = EmlReader.Read(Guid.Empty, WrittenElsewhere);

        Assert.Equal("Confirme su correo electrónico", message.Subject);
        Assert.Equal("Elisa Lang <elisa.lang@example.net>", message.To);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 11, 30, 0, TimeSpan.FromHours(-7)), message.Date);
        Assert.Equal("Hola, Elisa:", message.TextBody);
        Assert.Equal("<h1>Confirme su correo electrónico</h1><a href=\"http://localhost/faq\">Confirmar</a>", message.HtmlBody);
    }

    [Fact]
    public void The_same_message_with_CRLF_line_ends_reads_the_same()
    {
        var crlf = EmlReader.Read(Guid.Empty, WrittenElsewhere.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(EmlReader.Read(Guid.Empty, WrittenElsewhere), crlf);
    }
}
