using System.Net;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Messages;

/// <summary>Every message route over HTTP, signed in through the real forms: parents' pages for parents, the inbox for staff.</summary>
public sealed class MessagesRouteMatrixTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    private static readonly string SomeThread = $"{Guid.NewGuid()}";

    public static TheoryData<string, string, string> RouteMatrix() => new()
    {
        // route, who, expected (RouteOutcome): "ok", "signin" (sent to sign in) or "denied"
        { "/messages", "anonymous", "signin" },
        { "/messages", "parent", "ok" },
        { "/messages", "caseworker", "denied" },
        { "/messages/new", "anonymous", "signin" },
        { "/messages/new", "parent", "ok" },
        { "/messages/new", "supervisor", "denied" },
        { $"/messages/{SomeThread}", "anonymous", "signin" },
        { $"/messages/{SomeThread}", "parent", "ok" },
        { $"/messages/{SomeThread}", "caseworker", "denied" },
        { "/staff/messages", "anonymous", "signin" },
        { "/staff/messages", "parent", "denied" },
        { "/staff/messages", "caseworker", "ok" },
        { "/staff/messages", "supervisor", "ok" },
        { $"/staff/messages/{SomeThread}", "anonymous", "signin" },
        { $"/staff/messages/{SomeThread}", "parent", "denied" },
        { $"/staff/messages/{SomeThread}", "caseworker", "ok" },
        { $"/staff/messages/{SomeThread}", "supervisor", "ok" },
    };

    [Theory]
    [MemberData(nameof(RouteMatrix))]
    public async Task Parents_reach_their_messages_and_staff_the_inbox_and_nobody_the_others(string route, string who, string expected)
    {
        var client = await portal.ClientAsync(who);

        var response = await client.GetAsync(route);

        RouteOutcome.AssertIs(expected, response, route);
    }

    [Fact]
    public async Task A_thread_that_is_not_the_parents_says_not_found_and_a_staff_thread_is_never_in_the_first_html()
    {
        var parent = await portal.ClientAsync("parent");
        var caseworker = await portal.ClientAsync("caseworker");

        var parentPage = await parent.GetStringAsync($"/messages/{SomeThread}");
        var staffPage = await caseworker.GetStringAsync($"/staff/messages/{SomeThread}");

        Assert.Contains("We could not find that conversation.", parentPage, StringComparison.Ordinal);
        Assert.Contains("Loading the thread", staffPage, StringComparison.Ordinal);
    }

}
