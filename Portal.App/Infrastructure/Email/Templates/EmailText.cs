namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The resources of every email's text (EmailText.resx, EmailText.es.resx).</summary>
public sealed class EmailText;
