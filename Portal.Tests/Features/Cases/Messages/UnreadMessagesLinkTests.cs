using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>The menu's Messages link and its count of unread replies, and the relay that keeps the count current on a live page.</summary>
public sealed class UnreadMessagesLinkTests : BunitContext, IClassFixture<MessagesPortal>
{
    private readonly MessagesPortal portal;
    private readonly Bunit.TestDoubles.BunitAuthorizationContext authorization;

    public UnreadMessagesLinkTests(MessagesPortal portal)
    {
        this.portal = portal;
        authorization = this.AddPortalTestServices();
        Services.AddSingleton(portal.Staff.Get<UnreadMessages>());
    }

    [Fact]
    public async Task The_link_shows_the_unread_replies_as_a_number_and_says_them_in_words()
    {
        using var culture = CultureScope.English();
        var (caseNumber, account, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        authorization.SignIn(account.UserName!, [.. parent.Claims]);
        Assert.True(Render<UnreadMessagesLink>().Find("[data-testid=unread-count]").HasAttribute("hidden"));

        await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted on Friday.");
        var link = Render<UnreadMessagesLink>();

        var count = link.Find("[data-testid=unread-count]");
        Assert.False(count.HasAttribute("hidden"));
        Assert.Equal("1", count.QuerySelector("[aria-hidden=true]")!.TextContent);
        Assert.Equal(", 1 unread", count.QuerySelector(".visually-hidden")!.TextContent);
        Assert.Equal("/messages", link.Find("a").GetAttribute("href"));
    }

    [Fact]
    public async Task While_a_page_is_live_a_reply_updates_the_menus_count_in_the_circuits_language()
    {
        using var culture = CultureScope.Spanish();
        var (caseNumber, _, parent) = await portal.ParentAsync();
        var threadId = await portal.StartAsync(parent, caseNumber);
        var browser = new RecordingBrowser();
        using var relay = new UnreadCountRelay(new SignedIn(parent), portal.Staff.Get<MessageUpdates>(), portal.Staff.Get<UnreadMessages>(), browser,
            Services.GetRequiredService<IStringLocalizer<MessageText>>(), NullLogger<UnreadCountRelay>.Instance);
        await relay.OnConnectionUpAsync(null!, CancellationToken.None);

        using (CultureScope.English()) await portal.Inbox.ReplyAsync(portal.Staff.Caseworker, threadId, "Posted.");
        await portal.Parents.OpenAsync(parent, threadId);

        Assert.Equal([(1, ", 1 sin leer"), (0, ", 0 sin leer")], browser.Shown);
    }

    [Fact]
    public async Task Staff_circuits_listen_to_nothing()
    {
        var browser = new RecordingBrowser();
        using var relay = new UnreadCountRelay(new SignedIn(portal.Staff.Caseworker), portal.Staff.Get<MessageUpdates>(), portal.Staff.Get<UnreadMessages>(), browser,
            Services.GetRequiredService<IStringLocalizer<MessageText>>(), NullLogger<UnreadCountRelay>.Instance);
        await relay.OnConnectionUpAsync(null!, CancellationToken.None);
        var (caseNumber, _, parent) = await portal.ParentAsync();

        await portal.StartAsync(parent, caseNumber);

        Assert.Empty(browser.Shown);
    }

    private sealed class SignedIn(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }

    private sealed class RecordingBrowser : IJSRuntime
    {
        public List<(int Count, string Spoken)> Shown { get; } = [];

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args)
        {
            Assert.Equal("portal.showUnreadCount", identifier);
            Shown.Add(((int)args![0]!, (string)args[1]!));
            return ValueTask.FromResult(default(TValue)!);
        }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => InvokeAsync<TValue>(identifier, args);
    }
}
