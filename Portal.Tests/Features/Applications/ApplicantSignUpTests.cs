using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Registration.Emails;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>"Apply for services": the second way into an account, with no case to match, as protected as registration.</summary>
public sealed class ApplicantSignUpTests : IDisposable
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;
    private static readonly Uri Site = new("https://portal.example/");
    private readonly ControlledPortal portal = new(seed: true);

    private AccountRegistration Registration => portal.Services.GetRequiredService<AccountRegistration>();

    private static NewApplicant Applicant(string email, string userName) =>
        new(Guid.NewGuid(), "Ana", "Ruiz", new DateOnly(1991, 3, 14), email, userName, "en-US");

    [Fact]
    public async Task Signing_up_makes_an_account_with_no_case_a_draft_application_and_a_verification_link()
    {
        var created = Assert.IsType<AccountCreationResult.Created>(await Registration.CreateApplicantAsync(Applicant("ana.ruiz@example.net", "ana.ruiz91"), "198.51.100.1", Site, default));

        await using var db = await portal.CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.Id == created.UserId);
        Assert.Null(user.PersonId);
        Assert.Equal(("Ana Ruiz", false), (user.DisplayName, user.EmailConfirmed));
        Assert.Single(await db.SupportApplications.Where(a => a.UserId == user.Id).ToListAsync());
        var email = await db.OutboxMessages.SingleAsync(m => m.Kind == "VerifyEmailAddress" && m.ToAddress == "ana.ruiz@example.net");
        var token = VerificationEmails.TokenIn(portal.Services.Readable(email).TextBody);

        // The same account setup as registration: the link leads to the password step, and the PIN is checked against the date of birth given.
        var state = await portal.Services.GetRequiredService<AccountActivation>().LoadAsync(token, default);
        Assert.Equal((ActivationStep.CreatePassword, new DateOnly(1991, 3, 14)), (state.Step, state.DateOfBirth));
    }

    [Fact]
    public async Task An_address_that_has_an_account_gets_a_notice_and_the_page_cannot_tell()
    {
        var parentEmail = Demo.RegisteredParent.Email;

        var outcome = await Registration.CreateApplicantAsync(Applicant(parentEmail, "someone.new1"), "198.51.100.2", Site, default);
        var again = await Registration.CreateApplicantAsync(Applicant(parentEmail, "someone.new2"), "198.51.100.2", Site, default);

        Assert.IsType<AccountCreationResult.EmailOwnerNotified>(outcome);
        Assert.IsType<AccountCreationResult.EmailOwnerNotified>(again);
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal(1, await db.Users.CountAsync(u => u.Email == parentEmail));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == "someone.new1"));
        // One notice, however often it is tried within the interval; no verification link to that address.
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.ToAddress == parentEmail && m.Kind == ApplicantEmailInUseEmail.Name));
        Assert.False(await db.OutboxMessages.AnyAsync(m => m.ToAddress == parentEmail && m.Kind == "VerifyEmailAddress"));
    }

    [Fact]
    public async Task Signing_up_again_before_verifying_replaces_the_first_sign_up()
    {
        var first = Assert.IsType<AccountCreationResult.Created>(await Registration.CreateApplicantAsync(Applicant("lost.link@example.net", "lost.link1"), "198.51.100.3", Site, default));
        var second = Assert.IsType<AccountCreationResult.Created>(await Registration.CreateApplicantAsync(Applicant("lost.link@example.net", "lost.link2"), "198.51.100.3", Site, default));

        await using var db = await portal.CreateDbContextAsync();
        Assert.NotEqual(first.UserId, second.UserId);
        Assert.Equal("lost.link2", (await db.Users.SingleAsync(u => u.Email == "lost.link@example.net")).UserName);
        Assert.False(await db.SupportApplications.AnyAsync(a => a.UserId == first.UserId));
    }

    [Fact]
    public async Task Sign_ups_are_limited_per_client()
    {
        var limit = portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RegistrationOptions>>().Value.SignUpsPerClient;
        for (var i = 0; i < limit; i++)
        {
            Assert.IsType<AccountCreationResult.Created>(await Registration.CreateApplicantAsync(Applicant($"many{i}@example.net", $"many.user{i}"), "198.51.100.4", Site, default));
        }

        var refused = await Registration.CreateApplicantAsync(Applicant("one.more@example.net", "one.more"), "198.51.100.4", Site, default);
        var elsewhere = await Registration.CreateApplicantAsync(Applicant("one.more@example.net", "one.more"), "198.51.100.5", Site, default);

        Assert.IsType<AccountCreationResult.TooManySignUps>(refused);
        Assert.IsType<AccountCreationResult.Created>(elsewhere);
    }

    public void Dispose() => portal.Dispose();
}
