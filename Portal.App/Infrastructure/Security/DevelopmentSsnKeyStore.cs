using System.Security.Cryptography;

namespace Portal.App.Infrastructure.Security;

/// <summary>
/// Gives a development machine its own SSN fingerprint key, generated once and kept in the user's
/// local application data folder, outside the repository, so no key is ever committed.
/// </summary>
public static class DevelopmentSsnKeyStore
{
    public static string LoadOrCreate()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "Portal");
        var path = Path.Combine(folder, "ssn-fingerprint-development.key");
        if (File.Exists(path)) return File.ReadAllText(path).Trim();

        Directory.CreateDirectory(folder);
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(path, key);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }
}
