using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service reset the security questions: new ones are chosen at the next sign-in.</summary>
public sealed record SecurityQuestionsResetEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "SecurityQuestionsReset";

    public override string Kind => Name;

    protected override string TextPrefix => "SecurityQuestionsReset";
}
