using System.Text;
using System.Text.RegularExpressions;

namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>
/// Reads back the .eml files the pickup provider writes (System.Net.Mail's MIME: headers with RFC 2047
/// encoded words, multipart/alternative, base64 or quoted-printable parts), and files other mail programs
/// wrote with bare LF line ends. Not a general MIME parser.
/// </summary>
public static partial class EmlReader
{
    public static MailboxMessage Read(Guid id, string eml)
    {
        var (headers, body) = SplitHeaders(eml.Replace("\r\n", "\n", StringComparison.Ordinal));
        var text = string.Empty;
        var html = string.Empty;
        foreach (var (partHeaders, partBody) in Parts(headers, body))
        {
            var content = Decode(partBody, Header(partHeaders, "Content-Transfer-Encoding"), Charset(Header(partHeaders, "Content-Type")));
            var type = Header(partHeaders, "Content-Type") ?? "text/plain";
            if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) html = content;
            else if (type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) text = content;
        }
        return new MailboxMessage(
            id,
            DecodeWords(Header(headers, "To") ?? string.Empty),
            DecodeWords(Header(headers, "Subject") ?? string.Empty),
            DateTimeOffset.TryParse(Header(headers, "Date"), out var date) ? date : null,
            html,
            text);
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string entity)
    {
        var end = entity.IndexOf("\n\n", StringComparison.Ordinal);
        var headerText = end < 0 ? entity : entity[..end];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Folded header lines continue with whitespace.
        foreach (var line in Regex.Replace(headerText, @"\n[ \t]+", " ").Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return (headers, end < 0 ? string.Empty : entity[(end + 2)..]);
    }

    private static IEnumerable<(Dictionary<string, string>, string)> Parts(Dictionary<string, string> headers, string body)
    {
        var contentType = Header(headers, "Content-Type") ?? "text/plain";
        if (!contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            yield return (headers, body);
            yield break;
        }
        var boundary = BoundaryPattern().Match(contentType).Groups[1].Value;
        foreach (var part in body.Split("--" + boundary).Skip(1))
        {
            if (part.StartsWith("--", StringComparison.Ordinal)) break;
            var (partHeaders, partBody) = SplitHeaders(part.TrimStart('\n'));
            foreach (var nested in Parts(partHeaders, partBody)) yield return nested;
        }
    }

    private static string Decode(string body, string? transferEncoding, Encoding charset) => transferEncoding?.ToLowerInvariant() switch
    {
        "base64" => charset.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
        "quoted-printable" => charset.GetString(QuotedPrintable(body.Replace("=\n", string.Empty, StringComparison.Ordinal), underscoreIsSpace: false)).TrimEnd('\n'),
        _ => body.TrimEnd('\n'),
    };

    // Whitespace between two encoded words is folding, not text (RFC 2047 section 6.2).
    private static string DecodeWords(string value) =>
        EncodedWordPattern().Replace(Regex.Replace(value, @"\?=\s+=\?", "?==?"), match =>
        {
            var charset = Charset("charset=" + match.Groups[1].Value);
            var bytes = match.Groups[2].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(match.Groups[3].Value)
                : QuotedPrintable(match.Groups[3].Value, underscoreIsSpace: true);
            return charset.GetString(bytes);
        });

    private static byte[] QuotedPrintable(string text, bool underscoreIsSpace)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add(underscoreIsSpace && text[i] == '_' ? (byte)' ' : (byte)text[i]);
            }
        }
        return [.. bytes];
    }

    private static Encoding Charset(string? contentType)
    {
        var name = CharsetPattern().Match(contentType ?? string.Empty).Groups[1].Value;
        return name.Length == 0 ? Encoding.UTF8 : Encoding.GetEncoding(name);
    }

    private static string? Header(Dictionary<string, string> headers, string name) => headers.GetValueOrDefault(name);

    [GeneratedRegex(@"boundary=""?([^"";]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex BoundaryPattern();

    [GeneratedRegex(@"charset=""?([^"";\s]+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")]
    private static partial Regex EncodedWordPattern();
}
