using Bunit;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Domain.Cases;
using Portal.Domain.Messages;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

public sealed class ReplyPromiseTests : BunitContext
{
    public ReplyPromiseTests() => this.AddPortalTestServices();

    private static ThreadSummary Thread(MessageThreadStatus status, bool late) => new(
        Guid.NewGuid(), CaseNumber.FromSerial(900_000_001), "PHX", MessageTopic.Payments, "Subject", status, null,
        DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, status == MessageThreadStatus.AwaitingReply ? new DateOnly(2026, 12, 9) : null, late, 0);

    [Fact]
    public void A_parent_is_told_the_day_a_reply_is_due()
    {
        using var culture = CultureScope.English();

        var promise = Render<ReplyPromise>(p => p.Add(r => r.Summary, Thread(MessageThreadStatus.AwaitingReply, late: false)).Add(r => r.BusinessDays, 3));

        Assert.Equal("We aim to reply within 3 business days: by Wednesday, December 9.", promise.Find("[data-testid=reply-promise]").TextContent);
    }

    [Fact]
    public void In_Spanish_the_day_is_in_Spanish()
    {
        using var culture = CultureScope.Spanish();

        var promise = Render<ReplyPromise>(p => p.Add(r => r.Summary, Thread(MessageThreadStatus.AwaitingReply, late: false)).Add(r => r.BusinessDays, 3));

        Assert.Equal("Nuestro objetivo es responder en 3 días hábiles: a más tardar el miércoles 9 de diciembre.", promise.Find("[data-testid=reply-promise]").TextContent);
    }

    [Fact]
    public void A_late_reply_is_owned_to_the_parent_with_the_numbers_to_call_and_shown_to_staff_as_overdue()
    {
        using var culture = CultureScope.English();

        var parent = Render<ReplyPromise>(p => p.Add(r => r.Summary, Thread(MessageThreadStatus.AwaitingReply, late: true)).Add(r => r.BusinessDays, 3));
        var staff = Render<ReplyPromise>(p => p.Add(r => r.Summary, Thread(MessageThreadStatus.AwaitingReply, late: true)).Add(r => r.ForStaff, true));

        Assert.Contains("We have not replied by Wednesday, December 9", parent.Markup, StringComparison.Ordinal);
        Assert.Contains("tel:+16022524045", parent.Markup, StringComparison.Ordinal);
        Assert.Contains("Overdue: reply was due Wednesday, December 9", staff.Find("[data-testid=reply-late]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_answered_thread_promises_nothing()
    {
        using var culture = CultureScope.English();

        var promise = Render<ReplyPromise>(p => p.Add(r => r.Summary, Thread(MessageThreadStatus.Answered, late: false)));

        Assert.Empty(promise.Markup.Trim());
    }
}
