using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Forms;

/// <summary>
/// The checks of each wizard page and of the signature, as problems keyed by field id. The page runs a step's checks
/// before it moves on; signing runs them all again on the server, with the case's facts read afresh.
/// </summary>
public static class FormChecks
{
    public static IReadOnlyList<FormProblem> Step(FormStep step, FormSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var answers = session.Answers;
        List<FormProblem> problems = [];
        switch (step)
        {
            case FormStep.Reason:
                if (answers.ClosureReason is not { } reason) problems.Add(new(FormFields.Reason, "Problem_ReasonRequired"));
                else if (!CaseClosureRules.MayAsk(session.Role, reason)) problems.Add(new(FormFields.Reason, "Problem_ReasonNotYours"));
                if (answers.ClosureDetails?.Length > CaseClosureRules.DetailsMaxLength) problems.Add(new(FormFields.Details, "Problem_DetailsTooLong"));
                break;
            case FormStep.Consequences:
                if (!answers.UnderstandsClosure) problems.Add(new(FormFields.Understands, "Problem_UnderstandRequired"));
                break;
            case FormStep.BankAccount:
                if (string.IsNullOrWhiteSpace(answers.RoutingNumber)) problems.Add(new(FormFields.Routing, "Problem_RoutingRequired"));
                else if (!RoutingNumber.IsValid(answers.RoutingNumber)) problems.Add(new(FormFields.Routing, "Problem_RoutingInvalid"));
                if (string.IsNullOrWhiteSpace(session.AccountNumber)) problems.Add(new(FormFields.Account, "Problem_AccountRequired"));
                else if (!BankAccountNumber.IsValid(session.AccountNumber)) problems.Add(new(FormFields.Account, "Problem_AccountInvalid"));
                else if (BankAccountNumber.Tidy(session.AccountNumber) != BankAccountNumber.Tidy(session.AccountNumberAgain)) problems.Add(new(FormFields.AccountAgain, "Problem_AccountMismatch"));
                if (answers.AccountType is null) problems.Add(new(FormFields.AccountType, "Problem_AccountTypeRequired"));
                break;
            case FormStep.Amount:
                if (answers.Frequency is null) problems.Add(new(FormFields.Frequency, "Problem_FrequencyRequired"));
                if (answers.ExtraPerDebit is { } extra && !PaymentAuthorizationRules.IsAllowedExtra(new Money(extra))) problems.Add(new(FormFields.Extra, "Problem_ExtraInvalid"));
                if (answers.FirstDebitOn is not { } start) problems.Add(new(FormFields.FirstDebit, "Problem_FirstDebitRequired"));
                else if (!PaymentAuthorizationRules.IsAllowedStart(start, session.Today)) problems.Add(new(FormFields.FirstDebit, "Problem_FirstDebitOutOfRange"));
                if (session.MonthlyOrder is null) problems.Add(new(FormFields.Frequency, "Problem_NoOrder"));
                break;
            case FormStep.Authorization:
                if (answers.AuthorizationId is not { } id || session.Authorizations.All(a => a.Id != id)) problems.Add(new(FormFields.Authorization, "Problem_AuthorizationRequired"));
                break;
            case FormStep.Address:
                var check = MailingAddressRules.Check(answers.Line1, answers.Line2, answers.City, answers.State, answers.Zip);
                Add(problems, FormFields.Line1, "Line1", check.Line1);
                Add(problems, FormFields.Line2, "Line2", check.Line2);
                Add(problems, FormFields.City, "City", check.City);
                Add(problems, FormFields.State, "State", check.State);
                Add(problems, FormFields.Zip, "Zip", check.Zip);
                break;
        }
        return problems;
    }

    /// <summary>Every page's checks: the answers as a whole, before anything is signed.</summary>
    public static IReadOnlyList<FormProblem> All(FormSession session) => [.. session.Steps.SelectMany(step => Step(step, session))];

    public static IReadOnlyList<FormProblem> Signature(FormSignatureEntry entry, string firstName, string lastName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        List<FormProblem> problems = [];
        if (!entry.Consented) problems.Add(new(FormFields.Consent, "Problem_ConsentRequired"));
        if (string.IsNullOrWhiteSpace(entry.Name)) problems.Add(new(FormFields.SignedName, "Problem_NameRequired"));
        else if (entry.Name.Length > SignatureName.MaxLength || !SignatureName.Matches(entry.Name, firstName, lastName)) problems.Add(new(FormFields.SignedName, "Problem_NameMismatch"));
        if (!entry.Attested) problems.Add(new(FormFields.Attest, "Problem_AttestRequired"));
        return problems;
    }

    // An address field's message is the profile's (ContactFieldText: "City_Required").
    private static void Add(List<FormProblem> problems, string field, string name, AddressProblem problem)
    {
        if (problem != AddressProblem.None) problems.Add(new(field, $"{name}_{problem}"));
    }
}

/// <summary>The ids of the wizard's fields: each input's id, and the key its problems are filed under (the address's are MailingAddressFields' own).</summary>
public static class FormFields
{
    public const string Reason = "reason";
    public const string Details = "details";
    public const string Understands = "understands";
    public const string Routing = "routing";
    public const string Account = "account";
    public const string AccountAgain = "account-again";
    public const string AccountType = "account-type";
    public const string Frequency = "frequency";
    public const string Extra = "extra";
    public const string FirstDebit = "first-debit";
    public const string Authorization = "authorization";
    public const string Line1 = "address-line1";
    public const string Line2 = "address-line2";
    public const string City = "address-city";
    public const string State = "address-state";
    public const string Zip = "address-zip";
    public const string Consent = "consent";
    public const string SignedName = "signed-name";
    public const string Attest = "attest";
}
