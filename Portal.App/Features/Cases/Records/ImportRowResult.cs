namespace Portal.App.Features.Cases.Records;

/// <summary>One row of an import: which section and row (1-based: the line in a CSV file, the position in a JSON array), and what happened.</summary>
public sealed record ImportRowResult(string Section, int Row, string? ExternalId, ImportRowStatus Status, string? Reason = null);
