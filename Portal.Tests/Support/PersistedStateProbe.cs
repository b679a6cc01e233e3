using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>
/// What the server hands the browser when a circuit pauses: the JS.SavePersistedState call on the circuit's WebSocket
/// (Blazor's "blazorpack" MessagePack protocol), whose two strings are the protected root components and the protected
/// application state (the [PersistentState] values). The browser keeps them until it resumes; a circuit the server lets
/// go after a disconnection keeps the same state in the server's memory. Attach before the page opens its circuit.
/// </summary>
public sealed class PersistedStateProbe
{
    private const string SaveTarget = "JS.SavePersistedState";
    private readonly Lock gate = new();
    private readonly List<PausedCircuitState> saved = [];

    public static async Task<PersistedStateProbe> AttachAsync(IPage page)
    {
        var probe = new PersistedStateProbe();
        await page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            var server = socket.ConnectToServer();
            server.OnMessage(frame =>
            {
                if (frame.Binary is { } bytes)
                {
                    socket.Send(bytes);
                    probe.Read(bytes);
                }
                else if (frame.Text is { } text)
                {
                    socket.Send(text);
                }
            });
        });
        return probe;
    }

    /// <summary>The last state the server handed over (after <see cref="CircuitControls.PauseCircuitAsync"/>).</summary>
    public PausedCircuitState Last
    {
        get
        {
            lock (gate) return saved.Count > 0 ? saved[^1] : throw new InvalidOperationException("No persisted state was handed to the browser.");
        }
    }

    // Never throws: it runs inside Playwright's dispatch of the page's WebSocket frames, which an exception would break.
    private void Read(byte[] frame)
    {
        // The handshake's answer is JSON ("{}" and a record separator); after it, a frame holds one or more messages,
        // each preceded by its length (7 bits a byte, low bits first).
        if (frame.Length > 0 && frame[^1] == 0x1e) return;
        var position = 0;
        while (position < frame.Length)
        {
            var length = 0;
            var shift = 0;
            byte b;
            do
            {
                if (position >= frame.Length || shift > 28) return;
                b = frame[position++];
                length |= (b & 0x7f) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            if (length > frame.Length - position) return;
            if (ReadSave(frame.AsSpan(position, length)) is { } size)
            {
                lock (gate) saved.Add(size);
            }
            position += length;
        }
    }

    // An invocation is [1, headers, invocationId, target, arguments]; JS.SavePersistedState's arguments are
    // [circuitId, rootComponents, applicationState].
    private static PausedCircuitState? ReadSave(ReadOnlySpan<byte> message)
    {
        var reader = new MessagePackReader(message);
        if (reader.ArrayLength() < 5 || reader.Integer() != 1 || !reader.SkipMap()) return null;
        if (!reader.String(out _) || !reader.String(out var target) || target != SaveTarget || reader.ArrayLength() != 3) return null;
        if (!reader.String(out _) || !reader.String(out var components) || !reader.String(out var state)) return null;
        return new PausedCircuitState(components ?? "", state ?? "");
    }

    /// <summary>The few MessagePack forms an invocation's envelope and string arguments use; -1 or false for anything else.</summary>
    private ref struct MessagePackReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int position;

        public int ArrayLength() => Next() switch
        {
            var b and >= 0x90 and <= 0x9f => b & 0x0f,
            0xdc => Take(2, out var length) ? BinaryPrimitives.ReadUInt16BigEndian(length) : -1,
            _ => -1,
        };

        public int Integer() => Next() is var b and >= 0 and <= 0x7f ? b : -1;

        public bool SkipMap()
        {
            if (Next() is not (var b and >= 0x80 and <= 0x8f)) return false;
            for (var i = 0; i < (b & 0x0f) * 2; i++)
            {
                if (!String(out _)) return false;
            }
            return true;
        }

        /// <summary>A string or nil (null).</summary>
        public bool String(out string? text)
        {
            text = null;
            var length = Next() switch
            {
                0xc0 => 0,
                var b and >= 0xa0 and <= 0xbf => b & 0x1f,
                0xd9 => Take(1, out var one) ? one[0] : -1,
                0xda => Take(2, out var two) ? BinaryPrimitives.ReadUInt16BigEndian(two) : -1,
                0xdb => Take(4, out var four) ? (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(four), int.MaxValue) : -1,
                _ => -1,
            };
            if (length < 0 || !Take(length, out var bytes)) return false;
            text = Encoding.UTF8.GetString(bytes);
            return true;
        }

        private int Next() => position < data.Length ? data[position++] : -1;

        private bool Take(int count, out ReadOnlySpan<byte> taken)
        {
            taken = default;
            if (count > data.Length - position) return false;
            taken = data.Slice(position, count);
            position += count;
            return true;
        }
    }
}
