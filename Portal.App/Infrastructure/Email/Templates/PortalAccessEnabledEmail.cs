namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Customer service turned the account's portal access back on.</summary>
public sealed record PortalAccessEnabledEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    protected override string TextPrefix => "PortalAccessEnabled";
}
