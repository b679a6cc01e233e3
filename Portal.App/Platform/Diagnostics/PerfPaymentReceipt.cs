namespace Portal.App.Platform.Diagnostics;

/// <summary>
/// What POST /_perf/payments answers: the writer's result, when the request reached the endpoint and when the
/// writer returned (saved and published), as milliseconds since the Unix epoch on the server's clock, and the garbage
/// collections, bytes allocated and methods compiled so far (the harness reports what fell within each payment's
/// fan-out, and warms up until fan-outs compile next to nothing: the JIT has finished tiering the code up).
/// </summary>
public sealed record PerfPaymentReceipt(string Outcome, double ReceivedAtUnixMs, double RecordedAtUnixMs, int[] Collections, long AllocatedBytes, long CompiledMethods);
