namespace Portal.App.Features.Cases.Shared.Documents;

/// <summary>Why an upload was refused; each has its own message at the file field.</summary>
public enum DocumentProblem
{
    /// <summary>The file has no content.</summary>
    Empty,

    /// <summary>Larger than Documents:MaxFileBytes (said before reading, or found while reading).</summary>
    TooLarge,

    /// <summary>Not a PDF, JPEG or PNG by its name.</summary>
    TypeNotAllowed,

    /// <summary>The name says PDF, JPEG or PNG, the content is something else (a renamed program, a PDF named .png).</summary>
    ContentDoesNotMatchType,

    /// <summary>The virus scanner found something: nothing is kept but the record of the refusal.</summary>
    Infected,

    /// <summary>The caller is not a parent on the case (or staff), or there is no such case: the same answer.</summary>
    NotOnCase,

    /// <summary>No document type was chosen.</summary>
    NoDocumentType,

    /// <summary>An application already has as many documents as it may (<c>ApplicationDocuments.MaxPerApplication</c>).</summary>
    TooMany,

    /// <summary>The file stopped arriving part way (the connection dropped): nothing is kept, try again.</summary>
    NotReceived,
}
