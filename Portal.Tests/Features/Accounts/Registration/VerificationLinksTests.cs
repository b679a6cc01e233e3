using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class VerificationLinksTests : IDisposable
{
    private readonly ControlledPortal portal = new();

    private VerificationLinks Links => portal.Services.GetRequiredService<VerificationLinks>();

    [Theory]
    [InlineData(0, VerificationLinkState.Valid)]
    [InlineData(23 * 60 + 59, VerificationLinkState.Valid)]
    [InlineData(24 * 60 + 1, VerificationLinkState.Expired)]
    public async Task A_link_works_for_24_hours_after_it_was_sent(int minutesLater, VerificationLinkState expected)
    {
        var (userId, secret) = await SendLinkAsync();

        portal.Clock.Advance(TimeSpan.FromMinutes(minutesLater));

        Assert.Equal((expected, userId), await Links.CheckAsync(secret, default));
    }

    [Fact]
    public async Task A_new_link_makes_the_older_ones_stop_working()
    {
        var (userId, first) = await SendLinkAsync();
        var second = await SendLinkAsync(userId);

        Assert.Equal(VerificationLinkState.Superseded, (await Links.CheckAsync(first, default)).State);
        Assert.Equal(VerificationLinkState.Valid, (await Links.CheckAsync(second, default)).State);
    }

    [Fact]
    public async Task A_link_works_once()
    {
        var (_, secret) = await SendLinkAsync();

        Assert.True(await RedeemAsync(secret));
        Assert.False(await RedeemAsync(secret));
        Assert.Equal(VerificationLinkState.AlreadyUsed, (await Links.CheckAsync(secret, default)).State);
    }

    [Fact]
    public async Task An_expired_link_cannot_be_used()
    {
        var (_, secret) = await SendLinkAsync();
        portal.Clock.Advance(TimeSpan.FromHours(25));

        Assert.False(await RedeemAsync(secret));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-link-anyone-was-sent")]
    public async Task A_link_nobody_was_sent_is_unknown(string? secret)
    {
        Assert.Equal((VerificationLinkState.Unknown, (string?)null), await Links.CheckAsync(secret, default));
    }

    [Fact]
    public async Task Only_a_hash_of_the_link_is_stored()
    {
        var (_, secret) = await SendLinkAsync();

        await using var db = await portal.CreateDbContextAsync();
        var stored = await db.EmailVerificationTokens.SingleAsync();
        Assert.NotEqual(secret, stored.TokenHash);
        Assert.DoesNotContain(secret, stored.TokenHash);
        Assert.True(secret.Length >= 43, "a link carries at least 256 random bits");
    }

    private async Task<(string UserId, string Secret)> SendLinkAsync()
    {
        await using var db = await portal.CreateDbContextAsync();
        var user = new PortalUser { UserName = $"parent{Guid.NewGuid():N}", Email = "parent@example.net", CreatedAt = portal.Clock.GetUtcNow() };
        db.Users.Add(user);
        var secret = await Links.IssueAsync(db, user.Id, default);
        await db.SaveChangesAsync();
        return (user.Id, secret);
    }

    private async Task<string> SendLinkAsync(string userId)
    {
        await using var db = await portal.CreateDbContextAsync();
        var secret = await Links.IssueAsync(db, userId, default);
        await db.SaveChangesAsync();
        return secret;
    }

    private async Task<bool> RedeemAsync(string secret)
    {
        await using var db = await portal.CreateDbContextAsync();
        var redeemed = await Links.RedeemAsync(db, secret, default);
        await db.SaveChangesAsync();
        return redeemed;
    }

    public void Dispose() => portal.Dispose();
}
