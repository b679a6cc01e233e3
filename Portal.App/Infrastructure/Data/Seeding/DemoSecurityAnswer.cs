namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>One of a demo account's security questions (a <c>SecurityQuestion</c> name) and its answer, for the recovery demos and tests.</summary>
public sealed record DemoSecurityAnswer(string Question, string Answer);
