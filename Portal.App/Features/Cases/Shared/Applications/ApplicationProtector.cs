using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Portal.Domain.Applications;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// An application holds what a family tells the Division about itself: its answers, the name signed, the messages and a
/// reason for declining are encrypted with the purpose "Portal.Applications", so a copy of the database holds none of it
/// in clear. (The SSN is not among them: see <see cref="SupportApplication"/>.)
/// </summary>
public sealed class ApplicationProtector(IDataProtectionProvider dataProtection)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.Applications");

    public string Protect(ApplicationAnswers answers) => protector.Protect(JsonSerializer.Serialize(answers, Json));

    public ApplicationAnswers Answers(string protectedAnswers) =>
        JsonSerializer.Deserialize<ApplicationAnswers>(protector.Unprotect(protectedAnswers), Json) ?? new ApplicationAnswers();

    public string ProtectText(string text) => protector.Protect(text);

    public string Text(string protectedText) => protector.Unprotect(protectedText);

    /// <summary>The answers as plain JSON: what goes, inside the case-system change (itself encrypted at rest), to the case system.</summary>
    public static string Serialize(ApplicationAnswers answers) => JsonSerializer.Serialize(answers, Json);
}
