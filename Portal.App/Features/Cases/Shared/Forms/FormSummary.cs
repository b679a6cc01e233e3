using System.Globalization;
using Microsoft.Extensions.Localization;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A form's answers as label and value rows, in the current language: what "check your answers" shows, what the parent
/// signs (its hash is the signature's), what the PDF copy prints and what staff read. One builder, so all four agree.
/// A bank account appears only as its last four digits.
/// </summary>
public sealed class FormSummary(IStringLocalizer<SignedFormText> text)
{
    public IReadOnlyList<FormRow> Rows(FormKind kind, CaseNumber caseNumber, ParticipantRole role, FormAnswers answers, string? accountLast4)
    {
        List<FormRow> rows = [new(text["Row_Case"], caseNumber.Digits)];
        switch (kind)
        {
            case FormKind.CaseClosure:
                rows.Add(new(text["Row_AskedBy"], text[$"Role_{role}"]));
                if (answers.ClosureReason is { } reason) rows.Add(new(text["Row_Reason"], text[$"Reason_{reason}"]));
                if (!string.IsNullOrWhiteSpace(answers.ClosureDetails)) rows.Add(new(text["Row_Details"], answers.ClosureDetails.Trim()));
                rows.Add(new(text["Row_Understood"], text[answers.UnderstandsClosure ? "Yes" : "No"]));
                break;
            case FormKind.PaymentAuthorization:
                rows.Add(new(text["Row_RoutingNumber"], RoutingNumber.Tidy(answers.RoutingNumber)));
                rows.Add(new(text["Row_Account"], accountLast4 is null ? string.Empty : text["AccountEnding", accountLast4]));
                if (answers.AccountType is { } type) rows.Add(new(text["Row_AccountType"], text[$"AccountType_{type}"]));
                if (answers.Frequency is { } frequency) rows.Add(new(text["Row_Frequency"], text[$"Frequency_{frequency}"]));
                if (answers.DebitAmount is { } amount) rows.Add(new(text["Row_DebitAmount"], Money.Dollars(amount).ToString(CultureInfo.CurrentCulture)));
                rows.Add(new(text["Row_Extra"], Money.Dollars(answers.ExtraPerDebit ?? 0m).ToString(CultureInfo.CurrentCulture)));
                if (answers.FirstDebitOn is { } start) rows.Add(new(text["Row_FirstDebit"], start.ToString(text["DateFormat"], CultureInfo.CurrentCulture)));
                break;
            case FormKind.PaymentAuthorizationRevocation:
                rows.Add(new(text["Row_Authorization"], answers.AuthorizationReference ?? string.Empty));
                rows.Add(new(text["Row_Account"], accountLast4 is null ? string.Empty : text["AccountEnding", accountLast4]));
                rows.Add(new(text["Row_DebitsStop"], text["DebitsStopWhenSigned"]));
                break;
            case FormKind.AddressChange:
                if (answers.Address() is { } address)
                {
                    rows.Add(new(text["Row_NewAddress"], string.Join(", ", new[] { address.Line1, address.Line2, address.City, $"{address.State} {address.Zip}" }
                        .Where(part => !string.IsNullOrEmpty(part)))));
                }
                rows.Add(new(text["Row_AppliesTo"], text["AllYourCases"]));
                break;
        }
        return rows;
    }
}
