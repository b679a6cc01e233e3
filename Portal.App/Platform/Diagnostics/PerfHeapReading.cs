namespace Portal.App.Platform.Diagnostics;

/// <summary>What GET /_perf/heap answers: the managed heap after a forced full GC, and the circuits open at that moment.</summary>
public sealed record PerfHeapReading(
    long TotalMemoryBytes,
    long HeapSizeBytes,
    long FragmentedBytes,
    long CommittedBytes,
    long WorkingSetBytes,
    int OpenCircuits,
    int ConnectedCircuits,
    int Gen2Collections,
    int ProcessorCount,
    bool ServerGc);
