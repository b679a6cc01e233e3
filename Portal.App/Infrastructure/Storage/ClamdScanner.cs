using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Storage;

/// <summary>
/// ClamAV's daemon over TCP, with its INSTREAM command: <c>zINSTREAM\0</c>, then chunks each led by a 4-byte big-endian
/// length, then a zero length; clamd answers <c>stream: OK</c> or <c>stream: {signature} FOUND</c> (NUL-terminated).
/// There is no .NET ClamAV client on the package feed, and the protocol is this small.
/// </summary>
public sealed partial class ClamdScanner(IOptions<DocumentsOptions> options, ILogger<ClamdScanner> logger) : IDocumentScanner
{
    private const int ChunkSize = 64 * 1024;
    private const int MaxReplyLength = 1024;
    private const string FoundSuffix = " FOUND";
    private const string StreamPrefix = "stream: ";

    public async Task<ScanResult> ScanAsync(Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var scanner = options.Value.Scanner;
        if (scanner.Port is not { } port) return new ScanResult.NotScanned();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(scanner.Timeout);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize + 4);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(scanner.Host, port, timeout.Token);
            await using var connection = client.GetStream();
            await connection.WriteAsync("zINSTREAM\0"u8.ToArray(), timeout.Token);
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkSize), timeout.Token)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await connection.WriteAsync(buffer.AsMemory(0, read + 4), timeout.Token);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await connection.WriteAsync(buffer.AsMemory(0, 4), timeout.Token);
            return Verdict(await ReadReplyAsync(connection, timeout.Token));
        }
        catch (Exception ex) when (ex is SocketException or IOException || (ex is OperationCanceledException && !ct.IsCancellationRequested))
        {
            LogScanFailed(logger, ex.GetType().Name);
            return new ScanResult.Failed();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer, clearArray: true);
        }
    }

    private ScanResult Verdict(string reply)
    {
        if (reply == StreamPrefix + "OK") return new ScanResult.Clean();
        if (reply.StartsWith(StreamPrefix, StringComparison.Ordinal) && reply.EndsWith(FoundSuffix, StringComparison.Ordinal))
        {
            return new ScanResult.Infected(reply[StreamPrefix.Length..^FoundSuffix.Length]);
        }
        // "INSTREAM size limit exceeded. ERROR" and the like: no verdict.
        LogNoVerdict(logger, reply.Length > 80 ? reply[..80] : reply);
        return new ScanResult.Failed();
    }

    private static async Task<string> ReadReplyAsync(NetworkStream connection, CancellationToken ct)
    {
        var reply = new byte[MaxReplyLength];
        var length = 0;
        while (length < reply.Length)
        {
            var read = await connection.ReadAsync(reply.AsMemory(length), ct);
            if (read == 0) break;
            length += read;
            if (Array.IndexOf(reply, (byte)0, length - read, read) >= 0) break;
        }
        return Encoding.ASCII.GetString(reply, 0, length).TrimEnd('\0', '\n').Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The virus scanner could not be used ({Error}); the document stays in quarantine")]
    private static partial void LogScanFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The virus scanner gave no verdict: {Reply}")]
    private static partial void LogNoVerdict(ILogger logger, string reply);
}
