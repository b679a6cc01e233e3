namespace Portal.App.Components.Forms;

/// <summary>What a <see cref="FormField"/> hands its input: the id its label points at and the error pattern's attributes.</summary>
public sealed record FieldContext(string Id, string? DescribedBy, string? Invalid);
