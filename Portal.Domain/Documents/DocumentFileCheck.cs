namespace Portal.Domain.Documents;

/// <summary>What <see cref="DocumentFileKind.Detect"/> found.</summary>
public abstract record DocumentFileCheck
{
    private DocumentFileCheck()
    {
    }

    public sealed record Allowed(DocumentFileKind Kind) : DocumentFileCheck;

    /// <summary>No content at all.</summary>
    public sealed record Empty : DocumentFileCheck;

    /// <summary>The name's extension is not PDF, JPEG or PNG (or there is none).</summary>
    public sealed record TypeNotAllowed : DocumentFileCheck;

    /// <summary>The name says <paramref name="Claimed"/>, the content is something else.</summary>
    public sealed record ContentDoesNotMatchType(DocumentFileKind Claimed) : DocumentFileCheck;
}
