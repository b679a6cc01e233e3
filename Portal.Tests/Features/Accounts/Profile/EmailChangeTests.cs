using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Accounts.Profile.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Profile;

/// <summary>
/// Moving an account to a new email: the link goes to the new address, nothing changes until it is followed by the
/// signed-in owner, it works once and for 24 hours, the old address is told, and an address in use is never revealed.
/// </summary>
public sealed partial class EmailChangeTests(EmailChangeTests.Portal fixture) : IClassFixture<EmailChangeTests.Portal>
{
    private static readonly Uri Site = new("https://portal.example.gov/");

    private readonly ControlledPortal portal = fixture.App;
    private readonly string parent = $"mail.{Guid.NewGuid():N}"[..16];

    public sealed class Portal : IDisposable
    {
        public ControlledPortal App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    private EmailChanges Changes => portal.Services.GetRequiredService<EmailChanges>();

    [Fact]
    public async Task The_link_goes_to_the_new_address_and_only_following_it_moves_the_account_once_and_tells_the_old_address()
    {
        var session = await SignedInAsync();
        var newEmail = $"{parent}@new.example.org";

        Assert.Equal(EmailChangeResult.Sent, await Changes.RequestAsync(session, newEmail, Site));
        Assert.Equal($"{parent}@example.net", (await TestAccounts.FindAsync(portal.Services, parent)).Email); // nothing yet
        var token = await LinkTokenSentToAsync(newEmail);
        Assert.Equal(MaskedOf(newEmail), await Changes.PendingAddressAsync(session, token));

        var result = await Changes.ConfirmAsync(session, token);

        Assert.Equal(new EmailConfirmationResult.Changed(newEmail), result);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.Equal(parent, (await users.FindByEmailAsync(newEmail))?.UserName); // sign-in by email now uses it
            Assert.Null(await users.FindByEmailAsync($"{parent}@example.net"));
        }
        var notice = await MessageToAsync($"{parent}@example.net", EmailChangedEmail.Name);
        Assert.Contains(MaskedOf(newEmail), Read(notice).TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(newEmail, Read(notice).TextBody, StringComparison.Ordinal);
        Assert.IsType<EmailConfirmationResult.NotValid>(await Changes.ConfirmAsync(session, token)); // once
        await using var db = await portal.CreateDbContextAsync();
        var userId = (await TestAccounts.FindAsync(portal.Services, parent)).Id;
        Assert.Equal([AccountActivityKind.EmailChangeRequested, AccountActivityKind.EmailChanged],
            await db.AccountActivities.Where(a => a.UserId == userId).OrderBy(a => a.Id).Select(a => a.Kind).ToListAsync());
    }

    [Fact]
    public async Task A_link_is_refused_after_24_hours_for_another_account_and_once_a_newer_one_was_sent()
    {
        var session = await SignedInAsync();
        await Changes.RequestAsync(session, $"{parent}@first.example.org", Site);
        var first = await LinkTokenSentToAsync($"{parent}@first.example.org");
        await Changes.RequestAsync(session, $"{parent}@second.example.org", Site);
        var second = await LinkTokenSentToAsync($"{parent}@second.example.org");
        var stranger = $"other.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Services, stranger, personId: "P-" + stranger);
        var strangerSession = await TestSessions.StartAsync(portal.Services, stranger, portal.Clock.GetUtcNow());

        Assert.IsType<EmailConfirmationResult.NotValid>(await Changes.ConfirmAsync(session, first)); // superseded
        Assert.IsType<EmailConfirmationResult.NotValid>(await Changes.ConfirmAsync(strangerSession, second)); // not theirs
        portal.Clock.Advance(TimeSpan.FromHours(24));
        Assert.IsType<EmailConfirmationResult.NotValid>(await Changes.ConfirmAsync(session, second)); // expired
        Assert.Equal($"{parent}@example.net", (await TestAccounts.FindAsync(portal.Services, parent)).Email);
    }

    [Fact]
    public async Task An_address_another_account_has_gets_a_notice_not_a_link_and_the_requester_hears_the_same_answer()
    {
        var owner = $"owner.{Guid.NewGuid():N}"[..16];
        await TestAccounts.CreateActivatedAsync(portal.Services, owner, personId: "P-" + owner);

        var result = await Changes.RequestAsync(await SignedInAsync(), $"{owner}@example.net", Site);

        Assert.Equal(EmailChangeResult.Sent, result);
        Assert.NotNull(await MessageToAsync($"{owner}@example.net", EmailTakenNoticeEmail.Name));
        await using var db = await portal.CreateDbContextAsync();
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == $"{owner}@example.net" && m.Kind == ConfirmNewEmailEmail.Name));
    }

    [Fact]
    public async Task A_sign_in_older_than_ten_minutes_needs_the_password_first_and_bad_input_is_refused()
    {
        var stale = await TestSessions.StartAsync(portal.Services, await CreateAsync(), portal.Clock.GetUtcNow().AddMinutes(-11));

        Assert.Equal(EmailChangeResult.NeedsRecentSignIn, await Changes.RequestAsync(stale, "new@example.org", Site));
        Assert.Equal(EmailChangeResult.InvalidAddress, await Changes.RequestAsync(stale, "Name <new@example.org>", Site));
        Assert.Equal(EmailChangeResult.InvalidAddress, await Changes.RequestAsync(stale, new string('a', 10_000) + "@example.org", Site));
    }

    private async Task<string> CreateAsync()
    {
        await TestAccounts.CreateActivatedAsync(portal.Services, parent, personId: "P-" + parent);
        return parent;
    }

    private async Task<ClaimsPrincipal> SignedInAsync() =>
        await TestSessions.StartAsync(portal.Services, await CreateAsync(), portal.Clock.GetUtcNow().AddMinutes(-1));

    private static string MaskedOf(string email) => global::Portal.Domain.Accounts.MaskedEmail.Of(email);

    private async Task<OutboxMessage> MessageToAsync(string address, string kind)
    {
        await using var db = await portal.CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.ToAddress == address && m.Kind == kind);
    }

    private OutgoingEmail Read(OutboxMessage message) => portal.Services.GetRequiredService<OutboxBodyProtector>().Read(message)!;

    private async Task<string> LinkTokenSentToAsync(string address)
    {
        var body = Read(await MessageToAsync(address, ConfirmNewEmailEmail.Name)).TextBody;
        return Uri.UnescapeDataString(TokenInLink().Match(body).Groups[1].Value);
    }

    [GeneratedRegex(@"/account/email/confirm\?token=([A-Za-z0-9_%\-]+)")]
    private static partial Regex TokenInLink();
}
