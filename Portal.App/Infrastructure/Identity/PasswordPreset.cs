namespace Portal.App.Infrastructure.Identity;

public enum PasswordPreset
{
    /// <summary>8 to 24 characters with an upper-case letter, a lower-case letter, a number and a special character.</summary>
    Arizona,

    /// <summary>NIST SP 800-63B: 8 to 64 characters, no composition rules.</summary>
    Nist,
}
