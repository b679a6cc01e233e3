using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>A signed form as its pages show it: its answers as label and value, its history and its signature record.</summary>
public sealed record SignedFormView(
    Guid Id,
    string Reference,
    FormKind Kind,
    CaseNumber CaseNumber,
    FormStatus Status,
    string? NotApprovedReason,
    IReadOnlyList<FormRow> Answers,
    IReadOnlyList<FormHistoryEntry> History,
    FormSignatureRecord Signature,
    string? AccountLast4,
    DateTimeOffset? RevokedAt,
    string? AssignedToName,
    bool HasPdf);

public sealed record FormRow(string Label, string Value);

public sealed record FormHistoryEntry(FormStatus Status, DateTimeOffset At, string? Reason);

/// <summary>What the signature rests on: the name typed, the time, the client address and the SHA-256 of the signed content.</summary>
public sealed record FormSignatureRecord(string SignedName, DateTimeOffset SignedAt, string? Ip, string ContentSha256);
