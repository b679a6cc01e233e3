using Microsoft.AspNetCore.DataProtection;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// Parents write about their income, their children and their safety: subjects and bodies are encrypted at rest with
/// a Data Protection purpose of their own, so a copy of the database holds none of it in clear.
/// </summary>
public sealed class MessageProtector(IDataProtectionProvider dataProtection)
{
    private readonly IDataProtector protector = dataProtection.CreateProtector("Portal.Messages");

    public string Protect(string text) => protector.Protect(text);

    public string Unprotect(string protectedText) => protector.Unprotect(protectedText);
}
