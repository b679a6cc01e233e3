namespace Portal.App.Components.Forms;

/// <summary>A message for one field: shown at the field (by id) and listed in the form's error summary.</summary>
public sealed record FieldError(string FieldId, string Message);
