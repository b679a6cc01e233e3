namespace Portal.Domain.Cases;

/// <summary>
/// A child support case. Payments and case actions belong to it but are not loaded with it: a case
/// collects hundreds of them, and every screen asks for a page of them, not all.
/// </summary>
public sealed class Case
{
    public const int OfficeCodeMaxLength = 20;

    private readonly List<Participant> participants = [];
    private readonly List<SupportOrder> orders = [];

    private Case()
    {
        County = string.Empty;
        OfficeCode = string.Empty;
    }

    public Case(CaseNumber number, CaseProgram program, string county, string officeCode, DateOnly openedOn)
    {
        Number = number;
        Program = program;
        County = county;
        OfficeCode = officeCode;
        OpenedOn = openedOn;
        Status = CaseStatus.Open;
    }

    public int Id { get; private set; }
    public CaseNumber Number { get; private set; }
    public CaseProgram Program { get; private set; }
    public CaseStatus Status { get; private set; }
    public string County { get; private set; }
    public string OfficeCode { get; private set; }
    public DateOnly OpenedOn { get; private set; }
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The case system's family-violence indicator for the whole case: every participant on it is protected (see <see cref="ParticipantDisclosure"/>).</summary>
    public bool FamilyViolence { get; private set; }
    public IReadOnlyList<Participant> Participants => participants;
    public IReadOnlyList<SupportOrder> Orders => orders;

    /// <summary>Only open IV-D cases can be reached through the portal.</summary>
    public bool IsServedByPortal => Program == CaseProgram.IvD && Status == CaseStatus.Open;

    /// <summary>The case system set the family-violence indicator on the case.</summary>
    public void MarkFamilyViolence() => FamilyViolence = true;

    public void AddParticipant(Participant participant) => participants.Add(participant);

    public void AddOrder(SupportOrder order)
    {
        if (orders.Any(o => Overlaps(o, order))) throw new InvalidOperationException("Support orders on a case cannot overlap.");
        orders.Add(order);
    }

    public void Close(DateOnly closedOn)
    {
        if (closedOn < OpenedOn) throw new ArgumentOutOfRangeException(nameof(closedOn), "A case cannot close before it opened.");
        Status = CaseStatus.Closed;
        ClosedOn = closedOn;
    }

    private static bool Overlaps(SupportOrder a, SupportOrder b) =>
        a.StartDate <= (b.EndDate ?? DateOnly.MaxValue) && b.StartDate <= (a.EndDate ?? DateOnly.MaxValue);
}
