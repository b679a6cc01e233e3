namespace Portal.Domain.Forms;

/// <summary>A signed form's reference, read out over the phone: "F-" and eight characters in two groups (F-7K3M-9QXD, <see cref="ReadableReference"/>).</summary>
public static class FormReference
{
    public const int MaxLength = 11;

    /// <summary>The reference spelled by eight random bytes (a caller's RandomNumberGenerator).</summary>
    public static string From(ReadOnlySpan<byte> random) => ReadableReference.Spell('F', random);
}
