namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>
/// A message on an application: a caseworker asking for more information, or the applicant's answer. Case messages
/// (<see cref="Messages.MessageThread"/>) belong to a case, and an applicant has none yet, so an application carries its
/// own short thread; once the case is linked, messages go through the case. The body is encrypted at rest.
/// </summary>
public sealed class ApplicationMessage
{
    public const int BodyMaxLength = 2000;

    private ApplicationMessage()
    {
        AuthorUserId = string.Empty;
        ProtectedBody = string.Empty;
    }

    public ApplicationMessage(Guid id, Guid applicationId, bool fromStaff, string authorUserId, string protectedBody, DateTimeOffset sentAt)
    {
        Id = id;
        ApplicationId = applicationId;
        FromStaff = fromStaff;
        AuthorUserId = authorUserId;
        ProtectedBody = protectedBody;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }
    public Guid ApplicationId { get; private set; }
    public bool FromStaff { get; private set; }
    public string AuthorUserId { get; private set; }
    public string ProtectedBody { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
