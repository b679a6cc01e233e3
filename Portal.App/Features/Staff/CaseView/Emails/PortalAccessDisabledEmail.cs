using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service turned off the account's portal access and ended its sessions.</summary>
public sealed record PortalAccessDisabledEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "PortalAccessDisabled";

    public override string Kind => Name;

    protected override string TextPrefix => "PortalAccessDisabled";
}
