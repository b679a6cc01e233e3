namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>Where a document stands with the virus scanner (stored by name).</summary>
public enum DocumentScanStatus
{
    /// <summary>Stored, in quarantine until the scanner says it is clean (or the scanner could not be reached).</summary>
    AwaitingScan,
    Clean,

    /// <summary>Refused: its content is deleted, and it is never served.</summary>
    Infected,

    /// <summary>No scanner is configured: staff may open it, and are warned; a parent may not download it.</summary>
    NotScanned,
}
