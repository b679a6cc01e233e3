using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Messages;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Inbox;
using Portal.App.Platform.Notifications;
using Portal.Domain.Messages;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>A parent's messages with the agency, and a caseworker's replies and notes, through the services the pages use.</summary>
public sealed class ParentMessagesTests(MessagesPortal portal) : IClassFixture<MessagesPortal>
{
    [Fact]
    public async Task A_message_sent_on_a_Sunday_is_promised_a_reply_by_the_Wednesday()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();

        var result = await portal.Parents.StartAsync(parent, new NewThreadRequest(caseNumber.Digits, MessageTopic.Payments, "Where is my payment?", "It has not arrived."));

        var sent = Assert.IsType<SendResult.Sent>(result);
        Assert.Equal(new DateOnly(2026, 11, 25), sent.ReplyDueOn);
        var thread = Assert.Single(await portal.Parents.ListAsync(parent));
        Assert.Equal("Where is my payment?", thread.Subject);
        Assert.Equal(MessageThreadStatus.AwaitingReply, thread.Status);
        Assert.False(thread.IsLate);
    }

    [Fact]
    public async Task What_parents_write_is_not_in_the_database_in_clear()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        await portal.StartAsync(parent, caseNumber, subject: "Subject 7Q2X", body: "Body of the message 9K4Z");

        await using var db = await portal.Staff.DbAsync();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(ProtectedSubject) FROM MessageThreads UNION ALL SELECT group_concat(ProtectedBody) FROM ThreadMessages";
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new List<string>();
        while (await reader.ReadAsync()) stored.Add(reader.GetString(0));
        Assert.DoesNotContain(stored, s => s.Contains("7Q2X", StringComparison.Ordinal) || s.Contains("9K4Z", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reply_is_unread_until_the_parent_opens_it_and_the_email_says_only_that_it_is_waiting()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        Assert.IsType<InboxActionResult.Done>(await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Your payment was posted on November 20."));

        Assert.Equal(1, await portal.Staff.Get<UnreadMessages>().CountAsync(parent));
        var summary = Assert.Single(await portal.Parents.ListAsync(parent));
        Assert.Equal(MessageThreadStatus.Answered, summary.Status);
        Assert.Equal(1, summary.ParentUnread);
        var mail = Assert.Single(await portal.Staff.MailToAsync(account.Email!));
        Assert.Equal("You have a reply from the Division of Child Support Services", mail.Subject);
        Assert.DoesNotContain("November 20", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("November 20", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("sign in to the portal", mail.TextBody, StringComparison.Ordinal);

        var view = await portal.Parents.OpenAsync(parent, threadId);

        var reply = Assert.Single(view!.Messages, m => m.Author == MessageAuthor.Caseworker);
        Assert.True(reply.IsNew);
        Assert.Equal("Your payment was posted on November 20.", reply.Body);
        Assert.Equal(0, await portal.Staff.Get<UnreadMessages>().CountAsync(parent));
        Assert.False((await portal.Parents.OpenAsync(parent, threadId))!.Messages.Single(m => m.Author == MessageAuthor.Caseworker).IsNew);
    }

    [Fact]
    public async Task The_reply_notice_goes_in_the_parents_language()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync("es-US");
        var threadId = await portal.StartAsync(parent, caseNumber);

        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Respuesta.");

        var mail = Assert.Single(await portal.Staff.MailToAsync(account.Email!));
        Assert.Equal("Tiene una respuesta de la División de Servicios de Manutención de Menores", mail.Subject);
    }

    [Fact]
    public async Task A_parent_who_turned_the_reply_emails_off_gets_none_but_still_sees_the_reply()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        await portal.Staff.Get<NotificationPreferences>().SaveAsync(account.Id, new Dictionary<string, bool> { [MessageNotices.Topic.Key] = false });
        var threadId = await portal.StartAsync(parent, caseNumber);

        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted.");

        Assert.Empty(await portal.Staff.MailToAsync(account.Email!));
        Assert.Equal(1, await portal.Staff.Get<UnreadMessages>().CountAsync(parent));
    }

    [Fact]
    public async Task Internal_notes_never_reach_the_parent()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);

        await portal.Inbox.AddNoteAsync(portal.Staff.Caseworker, threadId, "Employer called; check wage withholding.");

        var parentView = await portal.Parents.OpenAsync(parent, threadId);
        Assert.DoesNotContain(parentView!.Messages, m => m.Body.Contains("withholding", StringComparison.Ordinal));
        Assert.Equal(MessageThreadStatus.AwaitingReply, parentView.Summary.Status);
        Assert.Empty(await portal.Staff.MailToAsync(account.Email!));
        var staffView = await portal.Inbox.RefreshAsync(portal.Staff.Caseworker, threadId);
        Assert.Contains(staffView!.Messages, m => m.Author == MessageAuthor.InternalNote && m.Body.Contains("withholding", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Neither_the_other_parent_nor_a_parent_on_another_case_can_read_or_answer_a_thread()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        var otherParent = await portal.OtherParentAsync(caseNumber, account.PersonId!);
        var (_, _, stranger) = await portal.ParentAsync();

        foreach (var someoneElse in new[] { otherParent, stranger })
        {
            Assert.Null(await portal.Parents.OpenAsync(someoneElse, threadId));
            Assert.Empty(await portal.Parents.ListAsync(someoneElse));
            Assert.IsType<SendResult.NotFound>(await portal.Parents.ReplyAsync(someoneElse, threadId, "Let me in."));
        }
        Assert.IsType<SendResult.NotFound>(await portal.Parents.StartAsync(stranger, new NewThreadRequest(caseNumber.Digits, MessageTopic.Other, "Hi", "About your case.")));
        Assert.Single((await portal.Parents.OpenAsync(parent, threadId))!.Messages);
    }

    [Fact]
    public async Task A_message_with_problems_is_not_sent_and_each_field_says_why()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();

        var result = await portal.Parents.StartAsync(parent, new NewThreadRequest("12", null, new string('s', 121), new string('b', 5001)));

        var invalid = Assert.IsType<SendResult.Invalid>(result);
        Assert.Equal(MessageProblem.SubjectTooLong, invalid.Problems[MessageField.Subject]);
        Assert.Equal(MessageProblem.BodyTooLong, invalid.Problems[MessageField.Body]);
        Assert.True(invalid.Problems.ContainsKey(MessageField.Case));
        Assert.True(invalid.Problems.ContainsKey(MessageField.Topic));
        Assert.Empty(await portal.Parents.ListAsync(parent));
        _ = caseNumber;
    }

    [Fact]
    public async Task Writing_again_after_an_answer_awaits_a_new_reply_and_a_closed_thread_takes_no_more()
    {
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted.");

        var again = Assert.IsType<SendResult.Sent>(await portal.Parents.ReplyAsync(parent, threadId, "Thank you, one more question."));

        Assert.Equal(new DateOnly(2026, 11, 25), again.ReplyDueOn);
        Assert.Equal(MessageThreadStatus.AwaitingReply, (await portal.Parents.OpenAsync(parent, threadId))!.Summary.Status);
        await portal.Inbox.SettleAsync(portal.Staff.Caseworker, threadId, MessageThreadStatus.Closed);
        Assert.IsType<SendResult.NotFound>(await portal.Parents.ReplyAsync(parent, threadId, "And another."));
    }

    [Fact]
    public async Task A_reply_reaches_the_parents_open_pages_and_the_inbox_live()
    {
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        var parentSaw = new TaskCompletionSource<MessageUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        var inboxSaw = new TaskCompletionSource<MessageUpdate>(TaskCreationOptions.RunContinuationsAsynchronously);
        var updates = portal.Staff.Get<MessageUpdates>();
        using var parentPage = updates.SubscribeParent(account.Id, u => { parentSaw.TrySetResult(u); return Task.CompletedTask; });
        using var inboxPage = updates.SubscribeInbox(u => { inboxSaw.TrySetResult(u); return Task.CompletedTask; });
        var someoneElsesPage = new TaskCompletionSource<MessageUpdate>();
        using var elsewhere = updates.SubscribeParent("someone-else", u => { someoneElsesPage.TrySetResult(u); return Task.CompletedTask; });

        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted.");

        Assert.Equal(threadId, (await parentSaw.Task.WaitAsync(TimeSpan.FromSeconds(10))).ThreadId);
        Assert.Equal(threadId, (await inboxSaw.Task.WaitAsync(TimeSpan.FromSeconds(10))).ThreadId);
        Assert.False(someoneElsesPage.Task.IsCompleted);
    }
}
