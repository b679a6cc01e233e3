namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Customer service unlocked an account locked after wrong passwords.</summary>
public sealed record AccountUnlockedEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    protected override string TextPrefix => "AccountUnlocked";
}
