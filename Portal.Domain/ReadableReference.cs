namespace Portal.Domain;

/// <summary>
/// References read out over the phone: a prefix and eight characters from an alphabet without the letters people
/// confuse with digits (no I, L, O, U), in two groups of four (F-7K3M-9QXD, W-7K3M-9QXD).
/// </summary>
internal static class ReadableReference
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>The reference spelled by eight random bytes (a caller's RandomNumberGenerator).</summary>
    public static string Spell(char prefix, ReadOnlySpan<byte> random)
    {
        if (random.Length < 8) throw new ArgumentException("Eight random bytes make a reference.", nameof(random));
        Span<char> letters = stackalloc char[8];
        for (var i = 0; i < 8; i++) letters[i] = Alphabet[random[i] % Alphabet.Length];
        return $"{prefix}-{letters[..4]}-{letters[4..]}";
    }
}
