using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service turned the account's portal access back on.</summary>
public sealed record PortalAccessEnabledEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "PortalAccessEnabled";

    public override string Kind => Name;

    protected override string TextPrefix => "PortalAccessEnabled";
}
