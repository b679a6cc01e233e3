namespace Portal.Domain.Applications;

/// <summary>A field's problem: the field's id on the page and the key of its message.</summary>
public sealed record ApplicationProblem(string Field, string Message);
