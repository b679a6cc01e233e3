using Portal.Domain.Accounts;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// One of an account's three security questions and its answer, kept only as a salted hash (Identity's password
/// hasher over <see cref="SecurityAnswer.Normalize"/>d text), so the database never holds the answer itself.
/// </summary>
public sealed class SecurityAnswerRecord
{
    private SecurityAnswerRecord()
    {
        UserId = AnswerHash = string.Empty;
    }

    public SecurityAnswerRecord(string userId, SecurityQuestion question, string answerHash)
    {
        UserId = userId;
        Question = question;
        AnswerHash = answerHash;
    }

    public long Id { get; private set; }
    public string UserId { get; private set; }
    public SecurityQuestion Question { get; private set; }
    public string AnswerHash { get; private set; }
}
