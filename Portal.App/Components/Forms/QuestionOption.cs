namespace Portal.App.Components.Forms;

/// <summary>A question a <see cref="SecurityQuestionPicker"/> offers: its value (0 is "none chosen") and its words.</summary>
public sealed record QuestionOption(int Value, string Text);
