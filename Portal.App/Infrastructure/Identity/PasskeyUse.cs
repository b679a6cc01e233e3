namespace Portal.App.Infrastructure.Identity;

/// <summary>
/// When a passkey last signed someone in. Identity's passkey row has no such field, and its data is rewritten at
/// every sign-in (the signature counter), so the portal keeps this beside it; it goes when the passkey is removed.
/// </summary>
public sealed class PasskeyUse
{
    private PasskeyUse()
    {
        CredentialId = [];
    }

    public PasskeyUse(byte[] credentialId, DateTimeOffset lastUsedAt)
    {
        CredentialId = credentialId;
        LastUsedAt = lastUsedAt;
    }

    public byte[] CredentialId { get; private set; }

    public DateTimeOffset LastUsedAt { get; private set; }

    public void UsedAt(DateTimeOffset now) => LastUsedAt = now;
}
