namespace Portal.App.Features.Cases.Messages;

/// <summary>Localizer marker for the parent's message pages.</summary>
public sealed class MessagesText;
