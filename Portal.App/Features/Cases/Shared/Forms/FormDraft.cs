using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A form a parent has started and not signed: one per account, kind and case, kept on the server (so it follows them to
/// another device) until 30 days after it was last saved (<see cref="FormDraftRules"/>). The answers and the bank
/// account number are encrypted at rest.
/// </summary>
public sealed class FormDraft
{
    private FormDraft()
    {
        UserId = string.Empty;
        PersonId = string.Empty;
        ProtectedAnswers = string.Empty;
    }

    public FormDraft(Guid id, string userId, string personId, FormKind kind, CaseNumber caseNumber, DateTimeOffset startedAt)
    {
        Id = id;
        UserId = userId;
        PersonId = personId;
        Kind = kind;
        CaseNumber = caseNumber;
        StartedAt = startedAt;
        SavedAt = startedAt;
        ExpiresAt = FormDraftRules.ExpiresAt(startedAt);
        ProtectedAnswers = string.Empty;
    }

    public Guid Id { get; private set; }
    public string UserId { get; private set; }
    public string PersonId { get; private set; }
    public FormKind Kind { get; private set; }
    public CaseNumber CaseNumber { get; private set; }
    public string ProtectedAnswers { get; private set; }
    public string? ProtectedAccountNumber { get; private set; }

    /// <summary>The wizard step the parent reached, so they come back where they stopped.</summary>
    public int Step { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset SavedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }

    public void Save(string protectedAnswers, string? protectedAccountNumber, int step, DateTimeOffset at)
    {
        ProtectedAnswers = protectedAnswers;
        ProtectedAccountNumber = protectedAccountNumber;
        Step = step;
        SavedAt = at;
        ExpiresAt = FormDraftRules.ExpiresAt(at);
    }
}
