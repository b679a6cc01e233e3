using Portal.App.Features.Cases.Shared.Forms;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// A form being filled in on a live page: what the parent typed (saved as a draft as they go) and what the case offers
/// (the order's amount, the authorizations that can be revoked). The server checks all of it again when they sign.
/// </summary>
public sealed class FormSession
{
    public required FormKind Kind { get; init; }
    public required CaseNumber CaseNumber { get; init; }
    public required ParticipantRole Role { get; init; }
    public required DateOnly Today { get; init; }

    /// <summary>The monthly order in effect today (payment authorizations).</summary>
    public Money? MonthlyOrder { get; init; }

    /// <summary>The parent's authorizations on the case that can be revoked.</summary>
    public IReadOnlyList<AuthorizationChoice> Authorizations { get; init; } = [];

    public IReadOnlyList<FormStep> Steps => FormSteps.For(Kind);
    public IReadOnlyList<CaseClosureReason> Reasons => CaseClosureRules.ReasonsFor(Role);

    public FormAnswers Answers { get; set; } = new();
    public string? AccountNumber { get; set; }
    public string? AccountNumberAgain { get; set; }
    public int StepIndex { get; set; }
    public FormStep Step => Steps[Math.Clamp(StepIndex, 0, Steps.Count - 1)];

    /// <summary>When the saved draft will be deleted; null until it is first saved.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}

/// <summary>An authorization a revocation can end: its reference, the account's last four, and each debit.</summary>
public sealed record AuthorizationChoice(Guid Id, string Reference, string AccountLast4, FormStatus Status, DateTimeOffset SignedAt);

/// <summary>What the parent enters on the signing page.</summary>
public sealed class FormSignatureEntry
{
    public bool Consented { get; set; }
    public string? Name { get; set; }
    public bool Attested { get; set; }
}

/// <summary>A field's problem: the field's id on the page and the key of its message in FormsText.</summary>
public sealed record FormProblem(string Field, string Message);
