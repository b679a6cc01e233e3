namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Customer service reset the security questions: new ones are chosen at the next sign-in.</summary>
public sealed record SecurityQuestionsResetEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    protected override string TextPrefix => "SecurityQuestionsReset";
}
