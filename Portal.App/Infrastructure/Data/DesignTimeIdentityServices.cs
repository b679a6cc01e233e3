using Microsoft.AspNetCore.Identity;

namespace Portal.App.Infrastructure.Data;

/// <summary>
/// What the design-time factories give a context in place of the app's services: Identity reads its schema version
/// (passkey tables) from them, as it does from AddPortalIdentity's options at run time.
/// </summary>
internal static class DesignTimeIdentityServices
{
    public static readonly IServiceProvider Instance = new ServiceCollection()
        .Configure<IdentityOptions>(options => options.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
