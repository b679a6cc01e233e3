using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// Forms hold what parents declare about their cases, and payment authorizations hold bank accounts: answers and the
/// signed name are encrypted with the purpose "Portal.Forms", a bank account number with "Portal.Forms.BankAccount", so a
/// key that reads one cannot read the other and a copy of the database holds neither in clear.
/// </summary>
public sealed class FormProtector(IDataProtectionProvider dataProtection)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector answers = dataProtection.CreateProtector("Portal.Forms");
    private readonly IDataProtector accounts = dataProtection.CreateProtector("Portal.Forms.BankAccount");

    public string Protect(FormAnswers formAnswers) => answers.Protect(JsonSerializer.Serialize(formAnswers, Json));

    public FormAnswers Answers(string protectedAnswers) =>
        JsonSerializer.Deserialize<FormAnswers>(answers.Unprotect(protectedAnswers), Json) ?? new FormAnswers();

    public string ProtectText(string text) => answers.Protect(text);

    public string Text(string protectedText) => answers.Unprotect(protectedText);

    public string ProtectAccount(string accountNumber) => accounts.Protect(accountNumber);

    public string Account(string protectedAccountNumber) => accounts.Unprotect(protectedAccountNumber);
}
