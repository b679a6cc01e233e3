using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Tests.Support;

/// <summary>
/// A real clamd (Debian's clamav-daemon; test.sh installs it) on a free port of 127.0.0.1, started for a test class
/// and killed after it. freshclam cannot download signatures here, so its database is one custom .hdb file: the EICAR
/// test file's MD5:size:name, and <see cref="InfectedPdf"/>'s, a PDF that passes the portal's file checks.
/// </summary>
public sealed class ClamdServer : IAsyncLifetime
{
    /// <summary>The EICAR anti-virus test file: harmless, and detected by every scanner that loads its signature.</summary>
    public static readonly byte[] Eicar = Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    public static readonly byte[] InfectedPdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% Portal test signature: a PDF clamd is told is infected\n%%EOF\n");

    private static readonly string[] ClamdPaths = ["/usr/sbin/clamd", "/usr/bin/clamd"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"portal-clamd-{Guid.NewGuid():N}");
    private Process? process;

    public int Port { get; private set; }

    /// <summary>From starting the process to its first PONG.</summary>
    public TimeSpan StartupTime { get; private set; }

    public async Task InitializeAsync()
    {
        var clamd = ClamdPaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("clamd is not installed: run test.sh, or apt-get install -y clamav-daemon.");
        var database = Directory.CreateDirectory(Path.Combine(folder, "db")).FullName;
        await File.WriteAllTextAsync(Path.Combine(database, "portal-test.hdb"), Signature(Eicar, "Eicar-Signature") + Signature(InfectedPdf, "Portal-Test-InfectedPdf"));
        Port = FreePort();
        var config = Path.Combine(folder, "clamd.conf");
        await File.WriteAllTextAsync(config, $"""
            Foreground yes
            TCPAddr 127.0.0.1
            TCPSocket {Port}
            DatabaseDirectory {database}
            TemporaryDirectory {folder}
            LogFile {Path.Combine(folder, "clamd.log")}
            LogTime yes
            """);

        var watch = Stopwatch.StartNew();
        process = Process.Start(new ProcessStartInfo(clamd, ["--config-file", config]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false })!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await PongsAsync())
        {
            if (process.HasExited) throw new InvalidOperationException($"clamd exited ({process.ExitCode}): {Log()}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"clamd did not answer PING within 90 s: {Log()}");
            await Task.Delay(100); // waiting for an outside process to listen: no event to wait on
        }
        StartupTime = watch.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process?.Dispose();
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    private async Task<bool> PongsAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync("zPING\0"u8.ToArray());
            var reply = new byte[16];
            var read = await stream.ReadAsync(reply);
            return Encoding.ASCII.GetString(reply, 0, read).TrimEnd('\0') == "PONG";
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    private string Log() => File.Exists(Path.Combine(folder, "clamd.log")) ? File.ReadAllText(Path.Combine(folder, "clamd.log")) : "(no log)";

    // ClamAV's hash signatures name files by MD5: a lookup key here, not a security measure.
#pragma warning disable CA5351
    private static string Signature(byte[] content, string name) => $"{Convert.ToHexStringLower(MD5.HashData(content))}:{content.Length}:{name}\n";
#pragma warning restore CA5351

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
