using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The menu's Messages link and its count of unread replies, on the real services of a test portal.</summary>
public sealed class UnreadMessagesLinkTests : BunitContext, IClassFixture<MessagesPortal>
{
    private readonly MessagesPortal portal;
    private readonly Bunit.TestDoubles.BunitAuthorizationContext authorization;

    public UnreadMessagesLinkTests(MessagesPortal portal)
    {
        this.portal = portal;
        authorization = this.AddPortalTestServices();
        Services.AddSingleton(portal.Staff.Get<UnreadMessages>());
        Services.AddSingleton(portal.Staff.Get<MessageUpdates>());
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task The_count_of_unread_replies_follows_a_reply_as_it_arrives_and_reads_well_aloud()
    {
        using var culture = CultureScope.English();
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        authorization.SignIn(account.UserName!, [.. parent.Claims]);
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));

        var link = Render<UnreadMessagesLink>();
        Assert.Empty(link.FindAll("[data-testid=unread-count]"));

        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted on Friday.");

        // Seen as a number in a badge, heard as "Messages, 1 unread".
        link.WaitForAssertion(() => Assert.Equal("1", link.Find("[data-testid=unread-count] [aria-hidden=true]").TextContent));
        Assert.Equal(", 1 unread", link.Find("[data-testid=unread-count] .visually-hidden").TextContent);
        Assert.Equal("/messages", link.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void In_Spanish_it_says_Mensajes()
    {
        using var culture = CultureScope.Spanish();

        var link = Render<UnreadMessagesLink>();

        Assert.Contains("Mensajes", link.Find("a").TextContent, StringComparison.Ordinal);
    }
}
