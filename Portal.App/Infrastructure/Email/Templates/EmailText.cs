namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>The wording every email shares: the layout, the greeting, how a moment is written (EmailText.resx, EmailText.es.resx). Each feature's messages have their own.</summary>
public sealed class EmailText;
