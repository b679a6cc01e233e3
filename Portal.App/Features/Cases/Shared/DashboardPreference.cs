using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>The case a parent last chose on the dashboard, kept per person so it follows them to any device.</summary>
public sealed class DashboardPreference
{
    private DashboardPreference()
    {
        PersonId = string.Empty;
    }

    public DashboardPreference(string personId, CaseNumber lastCaseNumber, DateTimeOffset chosenAt)
    {
        PersonId = personId;
        LastCaseNumber = lastCaseNumber;
        ChosenAt = chosenAt;
    }

    public string PersonId { get; private set; }
    public CaseNumber LastCaseNumber { get; private set; }
    public DateTimeOffset ChosenAt { get; private set; }

    public void Choose(CaseNumber caseNumber, DateTimeOffset chosenAt)
    {
        LastCaseNumber = caseNumber;
        ChosenAt = chosenAt;
    }
}
