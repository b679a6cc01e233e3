using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;

namespace Portal.App.Features.Cases.Records;

/// <summary>
/// Reads an import's JSON object entry by entry: each element of its "payments", "caseActions" and "changeAcknowledgements" arrays is handed
/// out as soon as it has been read, so memory holds one buffer and the rows of that buffer, never the file (a 60 MB
/// file parsed whole took the process to about 1 GB). Other properties are skipped; a section that is not an array
/// holds no rows.
/// </summary>
public sealed class JsonImportRows
{
    /// <summary>Not one object holding the sections: the import reports the file as a whole with this.</summary>
    private const string ShapeProblem = "The file must hold one JSON object with \"payments\", \"caseActions\" and/or \"changeAcknowledgements\" arrays.";

    private const int FirstBufferBytes = 64 * 1024;
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly Dictionary<string, int> rowsRead = new(StringComparer.Ordinal)
    {
        [CaseRecordImporter.PaymentsSection] = 0,
        [CaseRecordImporter.CaseActionsSection] = 0,
        [CaseRecordImporter.AcknowledgementsSection] = 0,
    };
    private JsonReaderState state;
    private Position position;
    private string? section;

    private enum Position { BeforeObject, InObject, InSection, AfterObject }

    /// <summary>
    /// The entries in file order with their section and 1-based position in its array. An element is valid until the
    /// next one is asked for. Throws <see cref="JsonException"/> (with its line) where the file stops being JSON, and
    /// <see cref="InvalidDataException"/> when it is not one object of sections or an entry exceeds <see cref="CaseRecordImporter.MaxRowSize"/>.
    /// </summary>
    public static async IAsyncEnumerable<(string Section, int Row, JsonElement Fields)> ReadAsync(Stream content, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var rows = new JsonImportRows();
        var buffer = new byte[FirstBufferBytes];
        var length = 0;
        var atStart = true;
        var finalBlock = false;
        var read = new List<(string Section, int Row, JsonDocument Entry)>();
        while (!finalBlock)
        {
            var count = await content.ReadAsync(buffer.AsMemory(length), ct);
            finalBlock = count == 0;
            length += count;
            // Utf8JsonReader does not skip a byte order mark as JsonDocument.Parse did; spreadsheets and editors write one.
            if (atStart && (length >= Utf8Bom.Length || finalBlock))
            {
                atStart = false;
                if (buffer.AsSpan(0, length).StartsWith(Utf8Bom)) length = Shift(buffer, Utf8Bom.Length, length);
            }
            if (atStart) continue;

            // Where the file breaks, the entries before the break in this buffer are still handed out first.
            var consumed = 0;
            ExceptionDispatchInfo? broken = null;
            try
            {
                consumed = rows.ReadEntries(buffer.AsSpan(0, length), finalBlock, read);
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException)
            {
                broken = ExceptionDispatchInfo.Capture(ex);
            }
            try
            {
                foreach (var (name, row, entry) in read) yield return (name, row, entry.RootElement);
            }
            finally
            {
                foreach (var (_, _, entry) in read) entry.Dispose();
                read.Clear();
            }
            broken?.Throw();
            length = Shift(buffer, consumed, length);
            if (length == buffer.Length)
            {
                // One entry (or one skipped value) fills the buffer: grow it, up to what one entry may take.
                if (buffer.Length >= CaseRecordImporter.MaxRowSize) throw new InvalidDataException(CaseRecordImporter.RowTooLarge);
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }
        if (rows.position != Position.AfterObject) throw new InvalidDataException(ShapeProblem);
    }

    private static int Shift(byte[] buffer, int consumed, int length)
    {
        Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
        return length - consumed;
    }

    /// <summary>Reads the complete entries in <paramref name="data"/> into <paramref name="read"/>; returns the bytes used.</summary>
    private int ReadEntries(ReadOnlySpan<byte> data, bool finalBlock, List<(string, int, JsonDocument)> read)
    {
        var reader = new Utf8JsonReader(data, finalBlock, state);
        while (true)
        {
            // Where to start again when the buffer ends inside the next value.
            var before = reader;
            if (!reader.Read()) return Pause(before);
            switch (position)
            {
                case Position.BeforeObject:
                    if (reader.TokenType != JsonTokenType.StartObject) throw new InvalidDataException(ShapeProblem);
                    position = Position.InObject;
                    break;
                case Position.InObject when reader.TokenType == JsonTokenType.EndObject:
                    position = Position.AfterObject;
                    break;
                case Position.InObject:
                    var name = reader.GetString()!;
                    if (!rowsRead.ContainsKey(name))
                    {
                        if (!reader.TrySkip()) return Pause(before);
                        break;
                    }
                    if (!reader.Read()) return Pause(before);
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        section = name;
                        position = Position.InSection;
                    }
                    else if (!reader.TrySkip())
                    {
                        return Pause(before);
                    }
                    break;
                case Position.InSection when reader.TokenType == JsonTokenType.EndArray:
                    position = Position.InObject;
                    break;
                case Position.InSection:
                    if (!JsonDocument.TryParseValue(ref reader, out var entry)) return Pause(before);
                    read.Add((section!, ++rowsRead[section!], entry));
                    break;
                case Position.AfterObject:
                    // The reader itself refuses anything after the object; nothing else can be here.
                    break;
            }
        }
    }

    /// <summary>Keeps the reader's state for the next buffer; returns the bytes it used.</summary>
    private int Pause(Utf8JsonReader at)
    {
        state = at.CurrentState;
        return (int)at.BytesConsumed;
    }
}
