namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service sent a new mailing address to the parent's case. It never says the address: an email can be read by others.</summary>
public sealed record AddressChangeSentEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "AddressChangeSent";

    public override string Kind => Name;

    protected override string TextPrefix => "AddressChangeSent";
}
