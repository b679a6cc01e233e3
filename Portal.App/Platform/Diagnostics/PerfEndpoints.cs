using System.Net;
using System.Runtime;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Options;
using Portal.App.Features.Cases.Records;
using Portal.Domain;
using Portal.Domain.Payments;

using Portal.App.Features.Cases.Shared;

namespace Portal.App.Platform.Diagnostics;

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
        group.MapPost("/payments", RecordPaymentAsync);
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

    /// <summary>
    /// Records a payment received today through <see cref="CaseRecordWriter"/> (saved, then published to the case's
    /// live dashboards), with the server's clock before and after, for the harness's accepted-to-client times.
    /// </summary>
    public static async Task<IResult> RecordPaymentAsync(PerfPaymentRequest request, CaseRecordWriter writer, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(time);
        var receivedAt = UnixMilliseconds(time);
        var outcome = await writer.RecordPaymentAsync(
            new NewPayment(request.CaseNumber, request.ReceiptNumber, ArizonaTime.Today(time), request.Amount, PaymentSource.DirectPayment), ct: ct);
        var recordedAt = UnixMilliseconds(time);
        return outcome is RecordResult.Rejected rejected
            ? TypedResults.BadRequest(rejected.Problem)
            : TypedResults.Ok(new PerfPaymentReceipt(outcome.GetType().Name, receivedAt, recordedAt, [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)], GC.GetTotalAllocatedBytes(), JitInfo.GetCompiledMethodCount()));
    }

    /// <summary>Milliseconds since the Unix epoch with the fraction kept: the harness compares it with its own clock on this machine.</summary>
    private static double UnixMilliseconds(TimeProvider time) => (time.GetUtcNow() - DateTimeOffset.UnixEpoch).TotalMilliseconds;

    /// <summary>127.0.0.0/8 and ::1 (also as an IPv4-mapped address). No address (an in-memory test server) is not loopback.</summary>
    public static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Performance endpoints are on at /_perf (loopback only): never on a public server")]
    private static partial void LogPerfEndpointsOn(ILogger logger);
}
