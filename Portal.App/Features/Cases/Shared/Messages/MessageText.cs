namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>Localizer marker for the words parents and caseworkers share about messages: topics, statuses, the reply promise, the reply email.</summary>
public sealed class MessageText;
