using Portal.Domain.Forms;

namespace Portal.Domain.Applications;

/// <summary>A submitted application's reference, read out like a form's but with "A-": A-7K3M-9QXD.</summary>
public static class ApplicationReference
{
    public const int MaxLength = FormReference.MaxLength;

    /// <summary>The reference spelled by eight random bytes (a caller's RandomNumberGenerator).</summary>
    public static string From(ReadOnlySpan<byte> random) => "A" + FormReference.From(random)[1..];
}
