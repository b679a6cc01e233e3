using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Portal.Tests.Support;

/// <summary>
/// A paused circuit's persisted state as the browser receives it: the protected root components and the protected
/// application state (base64), which holds the [PersistentState] values (and the framework's own) by key.
/// </summary>
public sealed record PausedCircuitState(string RootComponents, string ApplicationState)
{
    public int Bytes => Encoding.UTF8.GetByteCount(RootComponents) + Encoding.UTF8.GetByteCount(ApplicationState);

    /// <summary>The persisted values as JSON text by key, unprotected with the server's keys as the server does when it resumes.</summary>
    public IReadOnlyDictionary<string, string> Values(IDataProtectionProvider keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        // The framework's purpose for persisted component state (ProtectedPrerenderComponentApplicationStore).
        var json = keys.CreateProtector("Microsoft.AspNetCore.Components.Server.State").Unprotect(Convert.FromBase64String(ApplicationState));
        var entries = JsonSerializer.Deserialize<Dictionary<string, byte[]>>(json) ?? [];
        return entries.ToDictionary(e => e.Key, e => Encoding.UTF8.GetString(e.Value));
    }

    public override string ToString() =>
        $"{Bytes:N0} bytes ({Encoding.UTF8.GetByteCount(RootComponents):N0} root components, {Encoding.UTF8.GetByteCount(ApplicationState):N0} application state)";
}
