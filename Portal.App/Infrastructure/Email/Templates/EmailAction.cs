namespace Portal.App.Infrastructure.Email.Templates;

public sealed record EmailAction(string Label, Uri Url);
