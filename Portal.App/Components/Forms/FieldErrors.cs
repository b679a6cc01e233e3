namespace Portal.App.Components.Forms;

/// <summary>
/// What a form's list of errors says about one field, in the attributes the one error pattern needs: the message,
/// aria-invalid, and aria-describedby naming the hint and the message (ids by convention: "{field}-error").
/// </summary>
public static class FieldErrors
{
    public static string? MessageFor(this IReadOnlyList<FieldError> errors, string fieldId) =>
        errors.FirstOrDefault(e => e.FieldId == fieldId)?.Message;

    /// <summary>"true" when the field has an error; null (no attribute) otherwise.</summary>
    public static string? InvalidFor(this IReadOnlyList<FieldError> errors, string fieldId) =>
        errors.MessageFor(fieldId) is null ? null : "true";

    /// <summary>The hint's id and the message's id, whichever exist; null when neither does.</summary>
    public static string? DescribedBy(this IReadOnlyList<FieldError> errors, string fieldId, string? hintId = null)
    {
        var errorId = errors.MessageFor(fieldId) is null ? null : ErrorId(fieldId);
        return (hintId, errorId) switch
        {
            (null, null) => null,
            (null, _) => errorId,
            (_, null) => hintId,
            _ => $"{hintId} {errorId}",
        };
    }

    public static string ErrorId(string fieldId) => $"{fieldId}-error";

    /// <summary>The list for a form that keeps one message (or none) per field: the pairs with a message, in order.</summary>
    public static IReadOnlyList<FieldError> Collect(params (string FieldId, string? Message)[] messages) =>
        [.. messages.Where(m => m.Message is not null).Select(m => new FieldError(m.FieldId, m.Message!))];
}
