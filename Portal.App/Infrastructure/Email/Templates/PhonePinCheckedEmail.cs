namespace Portal.App.Infrastructure.Email.Templates;

/// <summary>Customer service checked the account's phone PIN while helping a caller (match or not: the notice does not say).</summary>
public sealed record PhonePinCheckedEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    protected override string TextPrefix => "PhonePinChecked";
}
