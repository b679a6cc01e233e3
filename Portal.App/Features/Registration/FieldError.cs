namespace Portal.App.Features.Registration;

/// <summary>A message for one field: shown next to it (by id) and listed in the step's error summary.</summary>
public sealed record FieldError(string FieldId, string Message);
