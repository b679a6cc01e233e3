using Portal.Domain.Cases;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// What a parent typed into a form, as the wizard binds it and the draft keeps it (encrypted, <see cref="FormProtector"/>).
/// One shape for every kind: each kind reads its own fields. The bank account number is never in here: it has a
/// protector of its own and is held beside the answers.
/// </summary>
public sealed class FormAnswers
{
    // Request to close a case.
    public CaseClosureReason? ClosureReason { get; set; }
    public string? ClosureDetails { get; set; }
    public bool UnderstandsClosure { get; set; }

    // Electronic payment authorization.
    public string? RoutingNumber { get; set; }
    public BankAccountType? AccountType { get; set; }
    public DebitFrequency? Frequency { get; set; }
    public decimal? ExtraPerDebit { get; set; }
    public DateOnly? FirstDebitOn { get; set; }

    /// <summary>Each debit, set from the order and the frequency when the answers are checked, so the signed copy states it.</summary>
    public decimal? DebitAmount { get; set; }

    /// <summary>The typed account number matched its confirmation when last saved.</summary>
    public bool AccountConfirmed { get; set; }

    // Revoking an authorization: the signed authorization it ends.
    public Guid? AuthorizationId { get; set; }
    public string? AuthorizationReference { get; set; }

    // Change of address.
    public string? Line1 { get; set; }
    public string? Line2 { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? Zip { get; set; }

    /// <summary>The address typed, tidied, when it passes the profile's rules; null otherwise.</summary>
    public MailingAddress? Address() => MailingAddressRules.Check(Line1, Line2, City, State, Zip).Address;
}
