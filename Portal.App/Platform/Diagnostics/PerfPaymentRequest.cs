namespace Portal.App.Platform.Diagnostics;

/// <summary>POST /_perf/payments: a payment for the load harness to record on a case.</summary>
public sealed record PerfPaymentRequest(string CaseNumber, string ReceiptNumber, decimal Amount);
