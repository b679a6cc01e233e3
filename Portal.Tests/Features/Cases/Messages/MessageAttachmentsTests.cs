using Portal.App.Features.Cases.Messages;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Domain.Messages;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>Documents sent with a message: only the writer's own on the thread's case, at most five, shown to both sides.</summary>
public sealed class MessageAttachmentsTests(MessagesPortal portal) : IClassFixture<MessagesPortal>
{
    [Fact]
    public async Task A_document_sent_with_a_message_is_listed_under_it_for_the_parent_and_the_caseworker()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var pdf = await portal.UploadPdfAsync(parent, caseNumber, "october-pay-stub.pdf");

        var sent = Assert.IsType<SendResult.Sent>(await portal.Parents.StartAsync(parent,
            new NewThreadRequest(caseNumber.Digits, MessageTopic.Payments, "Pay stub", "Here is my pay stub.", [pdf])));

        var parentSees = Assert.Single(Assert.Single((await portal.Parents.OpenAsync(parent, sent.ThreadId))!.Messages).Attachments);
        Assert.Equal(("october-pay-stub.pdf", pdf), (parentSees.FileName, parentSees.DocumentId));
        // No scanner in these tests: the file is "not scanned", which its sender and staff may both open.
        Assert.True(parentSees.MayDownload);
        var staffSees = Assert.Single(Assert.Single((await portal.Inbox.RefreshAsync(portal.Staff.Caseworker, sent.ThreadId))!.Messages).Attachments);
        Assert.True(staffSees.MayDownload);
    }

    [Fact]
    public async Task Another_parents_document_cannot_be_attached_and_nothing_is_sent()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var (otherCase, _, stranger) = await portal.ParentAsync();
        var theirs = await portal.UploadPdfAsync(stranger, otherCase);

        var result = await portal.Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, MessageTopic.Other, "Hi", "See attached.", [theirs]));

        Assert.Equal(MessageProblem.AttachmentUnavailable, Assert.IsType<SendResult.Invalid>(result).Problems[MessageField.Attachments]);
        Assert.Empty(await portal.Parents.ListAsync(parent));
    }

    [Fact]
    public async Task A_document_on_another_of_the_parents_cases_is_not_sent_with_this_one()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var own = await portal.UploadPdfAsync(parent, caseNumber);

        var result = await portal.Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, MessageTopic.Other, "Hi", "See attached.", [own, Guid.NewGuid()]));

        Assert.IsType<SendResult.Invalid>(result);
    }

    [Fact]
    public async Task Six_documents_are_one_too_many()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var six = new List<Guid>();
        for (var i = 0; i < 6; i++) six.Add(await portal.UploadPdfAsync(parent, caseNumber, $"page-{i}.pdf"));

        var result = await portal.Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, MessageTopic.Other, "Pages", "All six pages.", six));

        Assert.Equal(MessageProblem.TooManyAttachments, Assert.IsType<SendResult.Invalid>(result).Problems[MessageField.Attachments]);
        Assert.IsType<SendResult.Sent>(await portal.Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, MessageTopic.Other, "Pages", "Five pages.", six[..5])));
    }
}
