using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Security;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// Three distinct, plausible questions for an email that has no account, so the questions page looks the same
/// whether or not the account exists. They are chosen from a keyed hash (HMAC-SHA256) of the normalised email
/// alone: the same email always gets the same questions on every recovery page, whatever else is typed, as a
/// real account would; without the key nobody can tell them from a real choice. (Keying them on the page or on
/// the case number as well made a real email's questions differ only when the case number was wrong, which
/// told a stranger whether the account was on that case.) The key is derived (HKDF) from the
/// configured <c>SsnFingerprint:Key</c>, so there is no second secret to manage and it survives restarts.
/// </summary>
public sealed class DecoyQuestions(IOptions<SsnFingerprintOptions> fingerprintOptions)
{
    private static readonly SecurityQuestion[] Choices = Enum.GetValues<SecurityQuestion>();

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, fingerprintOptions.Value.KeyBytes(), 32,
        info: Encoding.ASCII.GetBytes("portal/recovery/decoy-questions/v1"));

    /// <param name="normalizedEmail">The email as typed, already normalised (<see cref="AccountRecovery.NormalizeEmail"/>).</param>
    public IReadOnlyList<SecurityQuestion> For(string normalizedEmail)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(normalizedEmail));
        // A partial Fisher-Yates shuffle driven by the hash: three distinct questions, in a random order.
        var pool = (SecurityQuestion[])Choices.Clone();
        var chosen = new SecurityQuestion[SecurityQuestionChoices.QuestionCount];
        for (var i = 0; i < chosen.Length; i++)
        {
            var value = BitConverter.ToUInt32(hash, i * 4);
            var pick = i + (int)(value % (uint)(pool.Length - i));
            (pool[i], pool[pick]) = (pool[pick], pool[i]);
            chosen[i] = pool[i];
        }
        return chosen;
    }
}
