namespace Portal.App.Components.Forms;

/// <summary>Marker for FormText.resx: the wording every form shares (the error summary's heading, field messages).</summary>
public sealed class FormText;
