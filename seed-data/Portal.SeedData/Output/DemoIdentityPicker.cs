using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.SeedData.Cases;
using Portal.SeedData.People;

namespace Portal.SeedData.Output;

/// <summary>
/// Picks the demo parents from the generated cases, deterministically: the first case that qualifies for
/// each. All are custodial parents, who are never reused on another case, so each demo parent is on exactly
/// one case.
/// </summary>
internal sealed class DemoIdentityPicker(DateOnly asOf)
{
    public const string RegisteredParentPassword = "Saguaro#Blooms26";

    /// <summary>The registered parent's security questions and answers, for the recovery flows.</summary>
    public static readonly DemoSecurityAnswer[] RegisteredParentSecurityAnswers =
    [
        new(nameof(SecurityQuestion.FirstPetName), "Pepper"),
        new(nameof(SecurityQuestion.CityOfBirth), "Kingman"),
        new(nameof(SecurityQuestion.FavoriteTeacher), "Mrs Yazzie"),
    ];

    private DemoParent? readyToRegister;
    private DemoParent? registeredParent;
    private DemoParent? nonIvDParent;

    public bool IsComplete => readyToRegister is not null && registeredParent is not null && nonIvDParent is not null;

    public void Consider(GeneratedCase generated)
    {
        if (IsComplete) return;
        var record = generated.Case;
        var parent = generated.CustodialParent;
        if (record.Status != nameof(CaseStatus.Open) || parent.Email is null || parent.Ssn is null || parent.AddressLine1 is null) return;

        if (record.Program == nameof(CaseProgram.NonIvD))
        {
            nonIvDParent ??= ToDemoParent(record.CaseNumber, parent, userName: null, password: null);
            return;
        }
        // A rich history with some arrears shows every part of the dashboard.
        if (registeredParent is null && generated.DomainPayments.Count >= 30 && HasModestArrears(generated))
        {
            registeredParent = ToDemoParent(record.CaseNumber, parent, PlainText.AsciiLetters(parent.FirstName) + ".demo", RegisteredParentPassword)
                with { SecurityAnswers = RegisteredParentSecurityAnswers };
            return;
        }
        if (readyToRegister is null && generated.DomainPayments.Count >= 12)
        {
            readyToRegister = ToDemoParent(record.CaseNumber, parent, userName: null, password: null);
        }
    }

    public DemoIdentities Result()
    {
        if (!IsComplete) throw new InvalidOperationException("Too few cases to find every demo identity: generate more cases.");
        return new DemoIdentities(
            readyToRegister!,
            registeredParent!,
            nonIvDParent!,
            new DemoStaff("caseworker", "caseworker@dcss.example.gov", "Ocotillo#Desk26", "Casey Worker", "Caseworker"),
            new DemoStaff("supervisor", "supervisor@dcss.example.gov", "Mesquite#Review26", "Sam Supervisor", "Supervisor"));
    }

    private bool HasModestArrears(GeneratedCase generated)
    {
        var summary = CaseLedger.Summarize(generated.DomainOrders, generated.DomainPayments, asOf);
        return summary.MonthlyObligation > Money.Zero
            && summary.Arrears > summary.MonthlyObligation
            && summary.Arrears.Amount < summary.MonthlyObligation.Amount * 8;
    }

    private static DemoParent ToDemoParent(string caseNumber, GeneratedPerson p, string? userName, string? password) =>
        new(caseNumber, p.PersonId, nameof(ParticipantRole.CustodialParent), p.FirstName, p.LastName, p.Ssn!, p.DateOfBirth,
            p.AddressLine1!, p.AddressLine2, p.City!, p.Zip!, p.Email!, userName, password);
}
