using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Features.Accounts.Shared.Emails;
using Portal.App.Features.Applications;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Documents;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Domain.Documents;
using Portal.Tests.Features.Cases.Documents;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>An applicant whose case has opened links it themselves, with registration's case match, on the demo data.</summary>
public sealed class ApplicantCaseLinkTests(ApplicationsPortal portal) : IClassFixture<ApplicationsPortal>
{
    private static readonly DemoIdentities Demo = DemoData.Load().Identities;

    [Fact]
    public async Task An_applicant_links_their_case_and_the_account_becomes_the_parents_without_the_draft()
    {
        var applicant = await portal.ApplicantAsync();
        var draft = (await applicant.Applications.OpenAsync(applicant.User))!;
        draft.TypedSsn = Demo.ReadyToRegister.Ssn;
        Assert.True(await applicant.Applications.SaveAsync(applicant.User, draft));
        await applicant.Applications.UploadDocumentAsync(applicant.User, draft, DocumentType.BirthCertificate, DocumentsPortal.Upload("birth.pdf", DocumentsPortal.Pdf));
        var link = LinkFor("203.0.113.21");
        Assert.True(await link.MayLinkAsync(applicant.User));

        var result = await link.LinkAsync(applicant.User, Request(Demo.ReadyToRegister), "203.0.113.21");

        Assert.Equal(new CaseLinkResult.Linked(CaseNumber.Parse(Demo.ReadyToRegister.CaseNumber)), result);
        Assert.Equal(Demo.ReadyToRegister.PersonId, (await portal.Staff.AccountAsync(applicant.Account.Id)).PersonId);
        await using var db = await portal.Staff.DbAsync();
        Assert.False(await db.SupportApplications.AnyAsync(a => a.UserId == applicant.Account.Id)); // the sealed SSN went with it
        var activity = Assert.Single(await db.AccountActivities.Where(a => a.UserId == applicant.Account.Id).ToListAsync());
        Assert.Equal((AccountActivityKind.CaseLinked, "203.0.113.21"), (activity.Kind, activity.ClientAddress));
        // The next request (or sign-in) builds the claims afresh: the case is the parent's now, with no second registration.
        var parent = await TestSessions.StartAsync(portal.Staff.App.Services, applicant.Account.UserName!, portal.Staff.Clock.GetUtcNow());
        Assert.True((await portal.Staff.Get<IAuthorizationService>().AuthorizeAsync(parent, PortalPolicies.Parent)).Succeeded);
        Assert.Contains(await portal.Staff.Get<ParentCaseAccess>().ListCasesAsync(parent), c => c.CaseNumber.Digits == Demo.ReadyToRegister.CaseNumber);
        // The document sent with the draft went to the case, as the parent's own.
        Assert.Equal("birth.pdf", Assert.Single(await portal.Staff.Get<CaseDocuments>().ListMineAsync(parent, null, CancellationToken.None)).FileName);
        Assert.DoesNotContain(Ssn.Parse(Demo.ReadyToRegister.Ssn).UnmaskedDigits, portal.Staff.App.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_that_do_not_match_and_a_parent_who_has_an_account_get_the_same_answer_and_the_owner_is_told()
    {
        var applicant = await portal.ApplicantAsync();
        var link = LinkFor("203.0.113.22");
        var ssn = Demo.RegisteredParent.Ssn;
        var wrongSsn = Request(Demo.RegisteredParent) with { Ssn = Ssn.Parse(ssn[..^1] + (ssn[^1] == '9' ? '8' : '9')) };

        Assert.Equal(new CaseLinkResult.NoMatch(), await link.LinkAsync(applicant.User, wrongSsn, "203.0.113.22"));
        Assert.Equal(new CaseLinkResult.NoMatch(), await link.LinkAsync(applicant.User, Request(Demo.RegisteredParent), "203.0.113.22"));

        Assert.Null((await portal.Staff.AccountAsync(applicant.Account.Id)).PersonId);
        Assert.Single(await portal.Staff.MailToAsync(Demo.RegisteredParent.Email!), m => m.Kind == RegistrationAttemptNoticeEmail.Name);
        await using var db = await portal.Staff.DbAsync();
        Assert.Equal(2, await db.FailedMatchAttempts.CountAsync(a => a.ClientKey == FailedMatchAttempt.ClientKeyOf("203.0.113.22")));
    }

    [Fact]
    public async Task A_non_iv_d_case_is_sent_to_the_clerk_of_court()
    {
        var applicant = await portal.ApplicantAsync();

        var result = await LinkFor("203.0.113.23").LinkAsync(applicant.User, Request(Demo.NonIvDParent), "203.0.113.23");

        Assert.IsType<CaseLinkResult.ClerkOfCourt>(result);
        Assert.Null((await portal.Staff.AccountAsync(applicant.Account.Id)).PersonId);
    }

    [Fact]
    public async Task While_a_submitted_application_is_open_the_caseworker_links_the_case_and_no_match_is_tried()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        Assert.IsType<ApplicationSubmitResult.Submitted>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        var link = LinkFor("203.0.113.24");

        Assert.False(await link.MayLinkAsync(applicant.User));
        Assert.IsType<CaseLinkResult.NotAvailable>(await link.LinkAsync(applicant.User, Request(Demo.NonIvDParent) with { Zip = "85001" }, "203.0.113.24"));
        await using var db = await portal.Staff.DbAsync();
        Assert.False(await db.FailedMatchAttempts.AnyAsync(a => a.ClientKey == FailedMatchAttempt.ClientKeyOf("203.0.113.24")));
    }

    [Fact]
    public async Task Only_an_applicant_may_link_a_case()
    {
        var link = LinkFor("203.0.113.25");

        Assert.False(await link.MayLinkAsync(portal.Staff.Caseworker));
        Assert.IsType<CaseLinkResult.NotAvailable>(await link.LinkAsync(portal.Staff.Caseworker, Request(Demo.ReadyToRegister), "203.0.113.25"));
    }

    private ApplicantCaseLink LinkFor(string clientIp) => portal.InCircuit<ApplicantCaseLink>(clientIp);

    private static CaseMatchRequest Request(DemoParent parent) =>
        new(CaseNumber.Parse(parent.CaseNumber), Ssn.Parse(parent.Ssn), parent.DateOfBirth, parent.AddressLine1, parent.AddressLine2, parent.Zip);
}
