using Portal.App.Components.Forms;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>"Find your case" as typed (registration's step, an applicant linking their case). The SSN lives only here, in the circuit's memory, never in a draft.</summary>
public sealed class FindCaseForm : BirthDateAndAddress
{
    public string? CaseNumber { get; set; }
    /// <summary>Never serialized: not into the draft, nor into a circuit's persisted state.</summary>
    [JsonIgnore] public string? Ssn { get; set; }

    public IReadOnlyList<FieldError> Validate(DateOnly today, IStringLocalizer<RegistrationText> L)
    {
        var caseProblem = Portal.Domain.Cases.CaseNumber.Validate(CaseNumber);
        return
        [
            .. FieldErrors.Collect(
                (FindCaseFields.CaseNumber, caseProblem == CaseNumberProblem.None ? null : L["CaseNumber" + caseProblem].Value),
                (FindCaseFields.Ssn, SsnProblem(Ssn, L))),
            .. BirthDateAndAddressErrors(today, L),
        ];
    }

    /// <summary>The matcher's request; call only after <see cref="Validate"/> found nothing.</summary>
    public CaseMatchRequest ToRequest(DateOnly today) => new(
        Portal.Domain.Cases.CaseNumber.Parse(CaseNumber),
        Portal.Domain.Accounts.Ssn.Parse(Ssn),
        DateOfBirth(today) is DateOfBirthResult.Valid valid ? valid.Date : throw new InvalidOperationException("Validate the form first."),
        AddressLine1!.Trim(),
        OptionalAddressLine2(),
        Zip5());
}
