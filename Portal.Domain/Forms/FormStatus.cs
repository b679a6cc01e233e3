namespace Portal.Domain.Forms;

/// <summary>Where a signed form is: submitted → received → in review → completed, or not approved with a reason.</summary>
public enum FormStatus
{
    Submitted,

    /// <summary>A caseworker opened it (or, for an address change, the case system has it).</summary>
    Received,

    InReview,
    Completed,
    NotApproved,
}

/// <summary>Which moves a form's status may make: forwards only, and a decision is final.</summary>
public static class FormStatusFlow
{
    public static bool IsFinal(FormStatus status) => status is FormStatus.Completed or FormStatus.NotApproved;

    public static bool CanMove(FormStatus from, FormStatus to) => (from, to) switch
    {
        (FormStatus.Submitted, FormStatus.Received) => true,
        (FormStatus.Received, FormStatus.InReview) => true,
        (FormStatus.Received or FormStatus.InReview, FormStatus.Completed or FormStatus.NotApproved) => true,
        _ => false,
    };
}
