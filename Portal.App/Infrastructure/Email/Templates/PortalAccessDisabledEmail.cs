namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Customer service turned off the account's portal access and ended its sessions.</summary>
public sealed record PortalAccessDisabledEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    protected override string TextPrefix => "PortalAccessDisabled";
}
