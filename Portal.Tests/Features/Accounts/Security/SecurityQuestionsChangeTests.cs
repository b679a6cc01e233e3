using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.App.Features.Accounts.Security.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

/// <summary>New security questions of the parent's own accord: only with a recent sign-in or the password just typed, and emailed.</summary>
public sealed class SecurityQuestionsChangeTests : IAsyncLifetime
{
    private const string Parent = "quinn.questions";
    private static readonly SecurityAnswerEntry[] NewAnswers =
    [
        new(SecurityQuestion.FirstPetName, "Canela"),
        new(SecurityQuestion.CityOfBirth, "Nogales"),
        new(SecurityQuestion.FavoriteTeacher, "Mrs Ortega"),
    ];

    private readonly ControlledPortal portal = new();
    private string userId = "";

    public async Task InitializeAsync() => userId = (await TestAccounts.CreateActivatedAsync(portal.Services, Parent, personId: "P-QUINN")).Id;

    public Task DisposeAsync()
    {
        portal.Dispose();
        return Task.CompletedTask;
    }

    private SecurityQuestionsRenewal Questions => portal.Services.GetRequiredService<SecurityQuestionsRenewal>();

    [Fact]
    public async Task With_a_recent_sign_in_the_answers_are_replaced_as_hashes_and_the_owner_is_told()
    {
        var session = await TestSessions.StartAsync(portal.Services, Parent, portal.Clock.GetUtcNow().AddMinutes(-2));

        Assert.IsType<ActivationResult.Saved>(await Questions.SaveAsync(session, NewAnswers));

        await using var db = await portal.CreateDbContextAsync();
        var answers = await db.SecurityAnswers.Where(a => a.UserId == userId).ToListAsync();
        Assert.Equal(3, answers.Count);
        Assert.DoesNotContain(answers, a => a.AnswerHash.Contains("Canela", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Your security questions were changed", (await db.OutboxMessages.SingleAsync(m => m.Kind == SecurityQuestionsChangedEmail.Name)).Subject);
        Assert.Equal(AccountActivityKind.SecurityQuestionsChanged, (await db.AccountActivities.SingleAsync()).Kind);
    }

    [Fact]
    public async Task A_sign_in_older_than_the_window_changes_nothing_until_the_password_is_typed_again()
    {
        var session = await TestSessions.StartAsync(portal.Services, Parent, portal.Clock.GetUtcNow().AddMinutes(-11));

        Assert.IsType<ActivationResult.LinkChanged>(await Questions.SaveAsync(session, NewAnswers));
        Assert.Equal(PasswordConfirmResult.Right, await portal.Services.GetRequiredService<RecentSignInGate>().ConfirmPasswordAsync(session, TestAccounts.Password));
        Assert.IsType<ActivationResult.Saved>(await Questions.SaveAsync(session, NewAnswers));

        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(3, await db.SecurityAnswers.CountAsync(a => a.UserId == userId));
    }
}
