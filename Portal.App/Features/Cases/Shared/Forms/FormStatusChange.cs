using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>One step of a signed form's history, shown to the parent with its date (and the reason, when not approved).</summary>
public sealed class FormStatusChange
{
    public const int ReasonMaxLength = 500;

    private FormStatusChange() { }

    public FormStatusChange(Guid formId, FormStatus status, DateTimeOffset at, string? byUserId, string? reason)
    {
        FormId = formId;
        Status = status;
        At = at;
        ByUserId = byUserId;
        Reason = reason;
    }

    public long Id { get; private set; }
    public Guid FormId { get; private set; }
    public FormStatus Status { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>The caseworker who made the change; null when the portal or the case system made it.</summary>
    public string? ByUserId { get; private set; }

    public string? Reason { get; private set; }
}
