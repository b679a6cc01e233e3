namespace Portal.App.Infrastructure.Storage;

/// <summary>What the virus scanner said about a file.</summary>
public abstract record ScanResult
{
    private ScanResult()
    {
    }

    public sealed record Clean : ScanResult;

    /// <summary>A signature matched: the file is refused and never served.</summary>
    public sealed record Infected(string Signature) : ScanResult;

    /// <summary>No scanner is configured: the file is kept, marked "not scanned", and staff are warned.</summary>
    public sealed record NotScanned : ScanResult;

    /// <summary>The scanner could not be reached or gave no verdict: the file stays in quarantine.</summary>
    public sealed record Failed : ScanResult;
}
