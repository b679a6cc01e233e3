using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Shared;

namespace Portal.App.Features.Accounts.Registration;

/// <summary>
/// A registration in progress, kept on the server under an unguessable id so the wizard survives a refresh
/// or a lost circuit, and so the same registration submitted twice creates one account. It holds what the
/// parent typed except the SSN, which is never stored here (not even masked). A draft is stored only from the
/// first successful match, so browsing to /register writes nothing; before that, what is typed lives in the
/// circuit. It opens only in the browser that started it (<see cref="RegistrationBrowserKeys"/>).
/// </summary>
public sealed class RegistrationDraft
{
    public Guid Id { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public RegistrationStep CurrentStep { get; set; } = RegistrationStep.FindCase;

    /// <summary>The hash of the key in the cookie of the browser that started this draft (<see cref="RegistrationBrowserKeys"/>).</summary>
    public string? BrowserKeyHash { get; set; }

    // "Find your case" as typed (the SSN is deliberately absent).
    public string? CaseNumberText { get; set; }
    public string? BirthMonth { get; set; }
    public string? BirthDay { get; set; }
    public string? BirthYear { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Zip { get; set; }

    // The matched parent, once matched.
    public int? ParticipantId { get; set; }
    public string? PersonId { get; set; }
    public string? MatchedCaseNumber { get; set; }
    public ParticipantRole? Role { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? EmailOnFile { get; set; }

    // "Your account" and "Terms".
    public string? Email { get; set; }
    /// <summary>The second email box as typed, so a refresh on "Your account" keeps it rather than copying the first.</summary>
    public string? ConfirmEmail { get; set; }
    public string? UserName { get; set; }
    public ContactMethod? PreferredContact { get; set; }
    public DateTimeOffset? TermsAcceptedAt { get; set; }

    /// <summary>Set once "Create account" succeeded.</summary>
    public string? CreatedUserId { get; set; }

    public bool IsMatched => PersonId is not null && ParticipantId is not null;

    public RegistrationProgress Progress => new(IsMatched, Email is not null && UserName is not null && PreferredContact is not null, TermsAcceptedAt is not null);

    public void RecordMatch(MatchedParent parent)
    {
        ParticipantId = parent.ParticipantId;
        PersonId = parent.PersonId;
        MatchedCaseNumber = parent.CaseNumber.Digits;
        Role = parent.Role;
        FirstName = parent.FirstName;
        LastName = parent.LastName;
        DateOfBirth = parent.DateOfBirth;
        EmailOnFile = parent.EmailOnFile;
    }

    public void ClearMatch()
    {
        ParticipantId = null;
        PersonId = MatchedCaseNumber = FirstName = LastName = EmailOnFile = null;
        Role = null;
        DateOfBirth = null;
    }

    /// <summary>The matched parent as AccountRegistration needs it, or null before a match.</summary>
    public MatchedParent? MatchedParent() =>
        IsMatched && Role is { } role && DateOfBirth is { } dob && MatchedCaseNumber is { } number
            ? new MatchedParent(ParticipantId!.Value, PersonId!, CaseNumber.Parse(number), role, FirstName ?? "", LastName ?? "", dob, EmailOnFile)
            : null;

    /// <summary>"Find your case" as the draft kept it (everything but the SSN).</summary>
    public FindCaseForm FindCaseForm() => new()
    {
        CaseNumber = CaseNumberText,
        BirthMonth = BirthMonth,
        BirthDay = BirthDay,
        BirthYear = BirthYear,
        AddressLine1 = AddressLine1,
        AddressLine2 = AddressLine2,
        Zip = Zip,
    };

    /// <summary>Keeps everything typed on "Find your case" but the SSN.</summary>
    public void Keep(FindCaseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        CaseNumberText = form.CaseNumber?.Trim();
        BirthMonth = form.BirthMonth?.Trim();
        BirthDay = form.BirthDay?.Trim();
        BirthYear = form.BirthYear?.Trim();
        AddressLine1 = form.AddressLine1?.Trim();
        AddressLine2 = string.IsNullOrWhiteSpace(form.AddressLine2) ? null : form.AddressLine2.Trim();
        Zip = form.Zip?.Trim();
    }
}
