using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service unlocked an account locked after wrong passwords.</summary>
public sealed record AccountUnlockedEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "AccountUnlocked";

    public override string Kind => Name;

    protected override string TextPrefix => "AccountUnlocked";
}
