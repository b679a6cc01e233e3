using Portal.App.Components.Forms;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>"Find your case" as typed. The SSN lives only here, in the circuit's memory, never in the draft.</summary>
public sealed class FindCaseForm : BirthDateAndAddress
{
    public const int MinimumAge = 14;

    public string? CaseNumber { get; set; }
    /// <summary>Never serialized: not into the draft, nor into a circuit's persisted state.</summary>
    [JsonIgnore] public string? Ssn { get; set; }

    public static FindCaseForm From(RegistrationDraft draft) => new()
    {
        CaseNumber = draft.CaseNumberText,
        BirthMonth = draft.BirthMonth,
        BirthDay = draft.BirthDay,
        BirthYear = draft.BirthYear,
        AddressLine1 = draft.AddressLine1,
        AddressLine2 = draft.AddressLine2,
        Zip = draft.Zip,
    };

    /// <summary>Copies everything but the SSN into the draft.</summary>
    public void CopyTo(RegistrationDraft draft)
    {
        draft.CaseNumberText = CaseNumber?.Trim();
        draft.BirthMonth = BirthMonth?.Trim();
        draft.BirthDay = BirthDay?.Trim();
        draft.BirthYear = BirthYear?.Trim();
        draft.AddressLine1 = AddressLine1?.Trim();
        draft.AddressLine2 = string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim();
        draft.Zip = Zip?.Trim();
    }

    public IReadOnlyList<FieldError> Validate(DateOnly today, IStringLocalizer<RegistrationText> L)
    {
        var errors = new List<FieldError>();
        var caseProblem = Portal.Domain.Cases.CaseNumber.Validate(CaseNumber);
        if (caseProblem != CaseNumberProblem.None) errors.Add(new(FindCaseFields.CaseNumber, L["CaseNumber" + caseProblem]));

        if (string.IsNullOrWhiteSpace(Ssn)) errors.Add(new(FindCaseFields.Ssn, L["SsnMissing"]));
        else if (!Portal.Domain.Accounts.Ssn.TryParse(Ssn, out _)) errors.Add(new(FindCaseFields.Ssn, L["SsnInvalid"]));

        if (DateOfBirthProblem(today) is { } dobProblem) errors.Add(new(FindCaseFields.BirthMonth, L[dobProblem]));

        if (string.IsNullOrWhiteSpace(AddressLine1)) errors.Add(new(FindCaseFields.AddressLine1, L["AddressLine1Missing"]));

        if (string.IsNullOrWhiteSpace(Zip)) errors.Add(new(FindCaseFields.Zip, L["ZipMissing"]));
        else if (!MailingAddress.IsValidZip(Zip.Trim())) errors.Add(new(FindCaseFields.Zip, L["ZipInvalid"]));
        return errors;
    }

    /// <summary>The matcher's request; call only after <see cref="Validate"/> found nothing.</summary>
    public CaseMatchRequest ToRequest() => new(
        Portal.Domain.Cases.CaseNumber.Parse(CaseNumber),
        Portal.Domain.Accounts.Ssn.Parse(Ssn),
        DateOfBirth() ?? throw new InvalidOperationException("Validate the form first."),
        AddressLine1!.Trim(),
        string.IsNullOrWhiteSpace(AddressLine2) ? null : AddressLine2.Trim(),
        Zip!.Trim()[..5]);

    private string? DateOfBirthProblem(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(BirthMonth) || string.IsNullOrWhiteSpace(BirthDay) || string.IsNullOrWhiteSpace(BirthYear)) return "BirthDateMissing";
        if (DateOfBirth() is not { } dob) return "BirthDateImpossible";
        if (dob > today) return "BirthDateFuture";
        if (dob > today.AddYears(-MinimumAge)) return "BirthDateTooYoung";
        return null;
    }
}
