namespace Portal.App.Features.Staff.CaseView.Emails;

/// <summary>Customer service sent new phone numbers to the parent's case. It never says the numbers.</summary>
public sealed record PhonesChangeSentEmail(string DisplayName, DateTimeOffset HappenedAt) : StaffNoticeEmail(DisplayName, HappenedAt)
{
    public const string Name = "PhonesChangeSent";

    public override string Kind => Name;

    protected override string TextPrefix => "PhonesChangeSent";
}
