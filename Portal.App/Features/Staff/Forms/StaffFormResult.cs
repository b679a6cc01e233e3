namespace Portal.App.Features.Staff.Forms;

/// <summary>What a caseworker's action on a signed form did.</summary>
public abstract record StaffFormResult
{
    private StaffFormResult() { }

    public sealed record Done : StaffFormResult;

    /// <summary>The full bank account number, for the caseworker who gave a reason; it is never stored in the audit.</summary>
    public sealed record Revealed(string AccountNumber) : StaffFormResult;

    public sealed record ReasonMissing : StaffFormResult;

    public sealed record ReasonTooLong : StaffFormResult;

    /// <summary>The form's status does not allow it (a decision is final; an address change follows the case system), or it has no bank account.</summary>
    public sealed record NotAllowed : StaffFormResult;

    /// <summary>No such form, or no such caseworker to assign it to.</summary>
    public sealed record NotFound : StaffFormResult;
}
