namespace Portal.App.Platform.Session;

/// <summary>Marker for the idle-session warning's resources (SessionText.resx).</summary>
public sealed class SessionText;
