using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Messages;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Features.Staff.Inbox;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Cases;
using Portal.Domain.Documents;
using Portal.Domain.Messages;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The staff test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona) with the steps message tests share.</summary>
public sealed class MessagesPortal : IDisposable
{
    public StaffPortal Staff { get; } = new();

    public ParentMessages Parents => Staff.Get<ParentMessages>();
    public StaffInbox Inbox => Staff.Get<StaffInbox>();

    /// <summary>A parent with an account on a seeded case of their own, signed in.</summary>
    public async Task<(CaseNumber Case, PortalUser Account, ClaimsPrincipal User)> ParentAsync(string culture = "en-US")
    {
        var (caseNumber, account) = await Staff.ParentAccountAsync(culture);
        return (caseNumber, account, await TestSessions.StartAsync(Staff.App.Services, account.UserName!, Staff.Clock.GetUtcNow()));
    }

    /// <summary>The other parent on <paramref name="caseNumber"/>, with an account, signed in.</summary>
    public async Task<ClaimsPrincipal> OtherParentAsync(CaseNumber caseNumber, string notPersonId)
    {
        await using var db = await Staff.DbAsync();
        var personId = await (from p in db.Participants
                              join c in db.Cases on p.CaseId equals c.Id
                              where c.Number == caseNumber && p.PersonId != notPersonId && p.Role != ParticipantRole.Child
                              select p.PersonId).FirstAsync();
        var account = await TestAccounts.CreateActivatedAsync(Staff.App.Services, "other." + personId.ToLowerInvariant(), personId);
        return await TestSessions.StartAsync(Staff.App.Services, account.UserName!, Staff.Clock.GetUtcNow());
    }

    public async Task<Guid> StartAsync(ClaimsPrincipal parent, CaseNumber caseNumber, string subject = "Where is my payment?",
        string body = "My payment from October has not arrived.", MessageTopic topic = MessageTopic.Payments)
    {
        var sent = Assert.IsType<SendResult.Sent>(await Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, topic, subject, body)));
        return sent.ThreadId;
    }

    /// <summary>A small PDF the parent uploads to their case; its id.</summary>
    public async Task<Guid> UploadPdfAsync(ClaimsPrincipal parent, CaseNumber caseNumber, string fileName = "pay-stub.pdf")
    {
        var pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();
        var result = await Staff.Get<CaseDocuments>().UploadAsync(parent, caseNumber, DocumentType.ProofOfIncome,
            new DocumentUpload(fileName, pdf.Length, _ => new MemoryStream(pdf)), CancellationToken.None);
        return Assert.IsType<DocumentUploadResult.Uploaded>(result).DocumentId;
    }

    public void Dispose() => Staff.Dispose();
}
