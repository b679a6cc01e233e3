namespace Portal.App.Components.Forms;

/// <summary>One line of a <see cref="PasswordChecklist"/>: what is asked, whether it is met, and a key tests and styles can find it by.</summary>
public sealed record ChecklistItem(string Key, string Text, bool Met);
