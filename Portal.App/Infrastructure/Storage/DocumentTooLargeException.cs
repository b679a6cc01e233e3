namespace Portal.App.Infrastructure.Storage;

/// <summary>The content ran past the size limit while it was being stored; what was written is discarded.</summary>
public sealed class DocumentTooLargeException : IOException
{
    public DocumentTooLargeException()
        : base("The document is larger than allowed.")
    {
    }

    public DocumentTooLargeException(string message)
        : base(message)
    {
    }

    public DocumentTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
