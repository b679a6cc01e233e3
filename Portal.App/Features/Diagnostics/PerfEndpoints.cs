using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;

namespace Portal.App.Features.Diagnostics;

/// <summary>
/// The /_perf endpoints the load harness in perf/ reads (see README, "Performance"). Mapped only when
/// Diagnostics:PerfEndpoints is true, and even then they answer loopback requests only: anything else gets 404,
/// the same as when they are off.
/// </summary>
public static partial class PerfEndpoints
{
    public const string RoutePrefix = "/_perf";

    public static IServiceCollection AddPerfDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiagnosticsOptions>().BindConfiguration(DiagnosticsOptions.Section);
        if (configuration.GetValue<bool>($"{DiagnosticsOptions.Section}:{nameof(DiagnosticsOptions.PerfEndpoints)}"))
        {
            services.AddSingleton<OpenCircuitCounter>();
            services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<OpenCircuitCounter>());
        }
        return services;
    }

    public static IEndpointRouteBuilder MapPerfEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<DiagnosticsOptions>>().Value.PerfEndpoints) return endpoints;

        var group = endpoints.MapGroup(RoutePrefix).ExcludeFromDescription().AddEndpointFilter(async (context, next) =>
            IsLoopback(context.HttpContext.Connection.RemoteIpAddress) ? await next(context) : TypedResults.NotFound());
        group.MapGet("/heap", Heap);
        LogPerfEndpointsOn(endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PerfEndpoints).FullName!));
        return endpoints;
    }

    /// <summary>A full, blocking, compacting GC (large object heap included), then what is left alive.</summary>
    public static PerfHeapReading Heap(OpenCircuitCounter circuits)
    {
        ArgumentNullException.ThrowIfNull(circuits);
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        return new PerfHeapReading(
            TotalMemoryBytes: GC.GetTotalMemory(forceFullCollection: false),
            HeapSizeBytes: info.HeapSizeBytes,
            FragmentedBytes: info.FragmentedBytes,
            CommittedBytes: info.TotalCommittedBytes,
            WorkingSetBytes: Environment.WorkingSet,
            OpenCircuits: circuits.Open,
            ConnectedCircuits: circuits.Connected,
            Gen2Collections: GC.CollectionCount(2),
            ProcessorCount: Environment.ProcessorCount,
            ServerGc: GCSettings.IsServerGC);
    }

    /// <summary>127.0.0.0/8 and ::1 (also as an IPv4-mapped address). No address (an in-memory test server) is not loopback.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Performance endpoints are on at /_perf (loopback only): never on a public server")]
    private static partial void LogPerfEndpointsOn(ILogger logger);
}
