using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Portal.App.Infrastructure.Identity;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// Identity's Data Protection token provider with its own purpose and a short life, used only for password
/// resets after the security questions. The token embeds the security stamp, so it stops working once the
/// password has been reset with it.
/// </summary>
public sealed class RecoveryResetTokenProvider(
    IDataProtectionProvider dataProtection,
    Microsoft.Extensions.Options.IOptions<RecoveryOptions> options,
    ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(dataProtection, Microsoft.Extensions.Options.Options.Create(new DataProtectionTokenProviderOptions
    {
        Name = ProviderName,
        TokenLifespan = options.Value.PasswordResetLifetime,
    }), logger)
{
    public const string ProviderName = "RecoveryPasswordReset";
}
