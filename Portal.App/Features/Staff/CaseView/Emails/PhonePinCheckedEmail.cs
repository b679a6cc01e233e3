using Portal.App.Infrastructure.Email.Templates;

namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service checked the account's phone PIN while helping a caller (match or not: the notice does not say).</summary>
public sealed record PhonePinCheckedEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "PhonePinChecked";

    public override string Kind => Name;

    protected override string TextPrefix => "PhonePinChecked";
}
