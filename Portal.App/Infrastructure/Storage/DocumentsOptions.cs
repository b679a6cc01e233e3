using System.ComponentModel.DataAnnotations;

namespace Portal.App.Infrastructure.Storage;

/// <summary>Configuration "Documents": where uploaded documents are kept, how large they may be, and the virus scanner.</summary>
public sealed class DocumentsOptions
{
    public const string Section = "Documents";

    /// <summary>The folder for the encrypted files (relative to the app's folder); never under wwwroot.</summary>
    [Required]
    public string StorageFolder { get; set; } = "App_Data/documents";

    /// <summary>The largest file accepted, in bytes (10 MB).</summary>
    [Range(1, 100L * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 10L * 1024 * 1024;

    /// <summary>The most files one message may carry.</summary>
    [Range(1, 20)]
    public int MaxFilesPerMessage { get; set; } = 5;

    /// <summary>The clamd scanner; off while <see cref="DocumentScannerOptions.Port"/> is empty.</summary>
    public DocumentScannerOptions Scanner { get; set; } = new();
}

/// <summary>Configuration "Documents:Scanner": a clamd daemon reached over TCP.</summary>
public sealed class DocumentScannerOptions
{
    /// <summary>clamd's address; the loopback address only, since files travel to it in the clear.</summary>
    [RegularExpression(@"^(127\.0\.0\.1|::1|localhost)$", ErrorMessage = "Documents:Scanner:Host must be a loopback address (127.0.0.1).")]
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>clamd's TCPSocket; no port, no scanner (files are marked "not scanned").</summary>
    [Range(1, 65535)]
    public int? Port { get; set; }

    /// <summary>How long one scan may take, connecting included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled => Port is not null;
}
