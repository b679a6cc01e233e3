using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Security;
using Portal.Domain.Accounts;

namespace Portal.App.Features.Recovery;

/// <summary>
/// Three distinct, plausible questions for an email (or email and case number) that has no account, so the
/// questions page looks the same whether or not the account exists. They are chosen from a keyed hash
/// (HMAC-SHA256) of the normalised input: the same input always gets the same questions, as a real account
/// would, and without the key nobody can tell them from a real choice. The key is derived (HKDF) from the
/// configured <c>SsnFingerprint:Key</c>, so there is no second secret to manage and it survives restarts.
/// </summary>
public sealed class DecoyQuestions(IOptions<SsnFingerprintOptions> fingerprintOptions)
{
    private static readonly SecurityQuestion[] Choices = Enum.GetValues<SecurityQuestion>();

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, fingerprintOptions.Value.KeyBytes(), 32,
        info: Encoding.ASCII.GetBytes("portal/recovery/decoy-questions/v1"));

    /// <param name="purpose">Which page asks ("username", "password"), so the two pages' decoys are independent.</param>
    /// <param name="normalizedInput">What identifies the account on that page, already normalised.</param>
    public IReadOnlyList<SecurityQuestion> For(string purpose, string normalizedInput)
    {
        var hash = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + "\n" + normalizedInput));
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
