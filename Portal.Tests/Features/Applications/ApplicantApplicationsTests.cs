using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Applications;
using Portal.App.Features.Cases.Shared;
using Portal.App.Features.Cases.Shared.Applications;
using Portal.App.Features.Cases.Shared.Applications.Emails;
using Portal.App.Features.Staff.Applications;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Accounts;
using Portal.Domain.Applications;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Applications;

/// <summary>An applicant's application through the real services and database: autosave, expiry and reminders, submission, no SSN at rest, linking.</summary>
public sealed class ApplicantApplicationsTests(ApplicationsPortal portal) : IClassFixture<ApplicationsPortal>, IDisposable
{
    private readonly CultureScope culture = CultureScope.English();

    public void Dispose() => culture.Dispose();

    [Fact]
    public async Task Answers_are_saved_as_the_applicant_goes_and_resume_on_another_device()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        session.Answers.FirstName = "Ana";
        session.Answers.Children = [new ApplicationChild { FirstName = "Mia" }];
        session.TypedSsn = "123-45-6789";
        Assert.True(await applicant.Applications.SaveAsync(applicant.User, session));

        var resumed = (await portal.ApplicationsFor().OpenAsync(applicant.User))!;

        Assert.Equal(session.Id, resumed.Id);
        Assert.Equal("Ana", resumed.Answers.FirstName);
        Assert.Equal("Mia", Assert.Single(resumed.Answers.Children).FirstName);
        Assert.Equal("6789", resumed.Answers.SsnLast4);
        Assert.Null(session.TypedSsn);
        Assert.Equal(SectionStatus.InProgress, resumed.StatusOf(ApplicationSection.AboutYou));
        Assert.Equal(SectionStatus.NotStarted, resumed.StatusOf(ApplicationSection.Income));
        Assert.Equal(portal.Staff.Clock.GetUtcNow().AddDays(60), resumed.ExpiresAt);
    }

    [Fact]
    public async Task An_ssn_that_is_not_one_is_refused_and_nothing_is_stored()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        session.TypedSsn = "12-345";

        Assert.False(await applicant.Applications.SaveAsync(applicant.User, session));
        Assert.Equal("12-345", session.TypedSsn);
        Assert.Null((await portal.ApplicationAsync(session.Id)).SsnFingerprint);
    }

    [Fact]
    public async Task Reminders_go_at_thirty_and_seven_days_left_once_each_and_the_draft_is_gone_after_sixty()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        var reminders = portal.Staff.Get<ApplicationReminders>();
        async Task<int> RemindersAsync() => (await portal.Staff.MailToAsync(applicant.Account.Email!)).Count(m => m.Kind == ApplicationReminderEmail.Name);

        await portal.StartedDaysAgoAsync(session.Id, 29);
        await reminders.RunAsync();
        Assert.Equal(0, await RemindersAsync());

        await portal.StartedDaysAgoAsync(session.Id, 30);
        await reminders.RunAsync();
        await reminders.RunAsync();
        Assert.Equal(1, await RemindersAsync());

        await portal.StartedDaysAgoAsync(session.Id, 53);
        await reminders.RunAsync();
        Assert.Equal(2, await RemindersAsync());
        var last = (await portal.Staff.MailToAsync(applicant.Account.Email!)).Last(m => m.Kind == ApplicationReminderEmail.Name);
        Assert.Contains("7 days", last.Subject, StringComparison.Ordinal);

        await portal.StartedDaysAgoAsync(session.Id, 60);
        await reminders.RunAsync();
        await using var db = await portal.Staff.DbAsync();
        Assert.False(await db.SupportApplications.AnyAsync(a => a.Id == session.Id));
        var fresh = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.NotEqual(session.Id, fresh.Id);
        Assert.Null(fresh.Answers.FirstName);
    }

    [Fact]
    public async Task Submitting_checks_every_section_and_the_signature()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        session.Answers.Services = [];

        var missing = Assert.IsType<ApplicationSubmitResult.Invalid>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        Assert.Equal(ApplicationSection.Services, missing.Section);

        session.Answers.Services = [SupportService.EnforceOrder];
        var wrongName = Assert.IsType<ApplicationSubmitResult.Invalid>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Someone Else"), ApplicationsPortal.SiteBase));
        Assert.Equal("SignedNameMismatch", Assert.Single(wrongName.Problems).Message);
        Assert.Equal(ApplicationStatus.Draft, (await portal.ApplicationAsync(session.Id)).Status);
    }

    [Fact]
    public async Task A_submitted_application_has_its_pdf_receipt_and_case_system_change_and_the_ssn_only_sealed_for_the_case_system()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName, ssn: "521-44-7391");

        var submitted = Assert.IsType<ApplicationSubmitResult.Submitted>(
            await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature(" ana  RUIZ "), ApplicationsPortal.SiteBase));

        var stored = await portal.ApplicationAsync(session.Id);
        Assert.Equal((ApplicationStatus.Submitted, submitted.Reference, "7391", ApplicationsPortal.ClientIp), (stored.Status, stored.Reference, stored.SsnLast4, stored.SignerIp));
        Assert.Equal(64, stored.ContentSha256!.Length);

        // The PDF copy: the answers, the signature block, the reference; the SSN as its last four only.
        var pdf = PdfText.Extract(await ReadPdfAsync(applicant));
        foreach (var expected in PdfFacts.Append(submitted.Reference))
        {
            Assert.Contains(expected, pdf, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("521447391", pdf.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal);

        // The receipt, and the change for the case system, whose SSN only the case system's key opens.
        var receipt = Assert.Single(await portal.Staff.MailToAsync(applicant.Account.Email!), m => m.Kind == ApplicationSubmittedEmail.Name);
        Assert.Contains(submitted.Reference, receipt.Subject, StringComparison.Ordinal);
        await using var db = await portal.Staff.DbAsync();
        var change = await db.CaseSystemChanges.AsNoTracking().SingleAsync(c => c.Id == stored.CaseSystemChangeId);
        Assert.Equal(CaseSystemChangeKind.Application, change.Kind);
        var content = portal.Staff.Get<CaseSystemChanges>().Read(change)!.Application!;
        Assert.Equal((submitted.Reference, "7391"), (content.Reference, content.SsnLast4));
        Assert.DoesNotContain("521447391", content.Answers.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("521447391", portal.Staff.Get<CaseSystemSealer>().Open(content.SealedSsn!));

        // One open application: opening again shows this one, submitted, not a new draft.
        var again = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.Equal((session.Id, ApplicationStatus.Submitted), (again.Id, again.Status));
    }

    [Fact]
    public async Task No_full_ssn_typed_in_an_application_is_at_rest_in_the_database_or_the_export()
    {
        var ssns = SeedCsv.Column("participants.csv", "Ssn").Where(s => s.Length > 0).Take(3).Select(s => Ssn.Parse(s).UnmaskedDigits).ToList();
        var draft = await portal.ApplicantAsync();
        var draftSession = (await draft.Applications.OpenAsync(draft.User))!;
        draftSession.TypedSsn = ssns[0];
        Assert.True(await draft.Applications.SaveAsync(draft.User, draftSession));
        var submitted = await portal.ApplicantAsync();
        var session = (await submitted.Applications.OpenAsync(submitted.User))!;
        ApplicationsPortal.Complete(session, submitted.FirstName, submitted.LastName, ssn: ssns[1]);
        Assert.IsType<ApplicationSubmitResult.Submitted>(await submitted.Applications.SubmitAsync(submitted.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));

        var bytes = DatabaseBytes();
        Assert.True(Contains(bytes, (await portal.ApplicationAsync(session.Id)).Reference!), "the scan reads the application's row");
        foreach (var digits in ssns.Take(2))
        {
            Assert.False(Contains(bytes, digits), "an applicant's SSN found in plain text");
            Assert.False(Contains(bytes, $"{digits[..3]}-{digits[3..5]}-{digits[5..]}"), "an applicant's SSN found in plain text");
        }
        Assert.DoesNotContain(ssns[0], portal.Staff.App.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(ssns[1], portal.Staff.App.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Linking_a_case_turns_the_applicant_into_a_parent_with_the_case_on_the_dashboard()
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        Assert.IsType<ApplicationSubmitResult.Submitted>(await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        var authorization = portal.Staff.Get<IAuthorizationService>();
        Assert.False((await authorization.AuthorizeAsync(applicant.User, PortalPolicies.Parent)).Succeeded);
        Assert.Empty(await portal.Staff.Get<ParentCaseAccess>().ListCasesAsync(applicant.User));

        var (caseNumber, personId) = portal.Staff.NextParent();
        var staff = portal.Staff.Get<StaffApplications>();
        Assert.IsType<StaffApplicationResult.Done>(await staff.AcceptAsync(portal.Staff.Caseworker, session.Id, caseNumber.Digits, personId, ApplicationsPortal.SiteBase));

        // The next sign-in (or the next request: see IdentityServiceCollectionExtensions) builds the claims afresh.
        var parent = await TestSessions.StartAsync(portal.Staff.App.Services, applicant.Account.UserName!, portal.Staff.Clock.GetUtcNow());
        Assert.True((await authorization.AuthorizeAsync(parent, PortalPolicies.Parent)).Succeeded);
        Assert.False(PortalAuthorizationPolicies.IsApplicant(parent));
        Assert.Contains(await portal.Staff.Get<ParentCaseAccess>().ListCasesAsync(parent), c => c.CaseNumber == caseNumber);
        Assert.Null(await portal.ApplicationsFor().OpenAsync(parent));
        Assert.Single(await portal.Staff.MailToAsync(applicant.Account.Email!), m => m.Kind == ApplicationStatusChangedEmail.Name);
    }

    [Fact]
    public async Task Each_move_of_an_application_reaches_the_applicants_pages_and_the_staff_queue_live()
    {
        var applicant = await portal.ApplicantAsync();
        var updates = portal.Staff.Get<ApplicationUpdates>();
        List<ApplicationUpdate> mine = [], queue = [];
        using var applicantPages = updates.SubscribeOwner(applicant.Account.Id, u => { lock (mine) mine.Add(u); return Task.CompletedTask; });
        using var staffQueue = updates.SubscribeAll(u => { lock (queue) queue.Add(u); return Task.CompletedTask; });
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        var staff = portal.Staff.Get<StaffApplications>();

        await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase);
        await staff.OpenAsync(portal.Staff.Caseworker, session.Id); // in review
        await staff.OpenAsync(portal.Staff.Caseworker, session.Id); // no move: nothing published
        await staff.AskAsync(portal.Staff.Caseworker, session.Id, "Please send the birth certificate.", ApplicationsPortal.SiteBase);
        await applicant.Applications.ReplyAsync(applicant.User, session.Id, "Sent by mail today.");
        await staff.DeclineAsync(portal.Staff.Caseworker, session.Id, "No child under 18 lives in Arizona.", ApplicationsPortal.SiteBase);

        Assert.Equal(5, mine.Count);
        Assert.All(mine, u => Assert.Equal(new ApplicationUpdate(session.Id, applicant.Account.Id), u));
        Assert.Equal(5, queue.Count(u => u.ApplicationId == session.Id));
    }

    private static async Task<byte[]> ReadPdfAsync(Applicant applicant)
    {
        await using var content = (await applicant.Applications.PdfAsync(applicant.User))!;
        using var memory = new MemoryStream();
        await content.Content.CopyToAsync(memory);
        return memory.ToArray();
    }

    private byte[] DatabaseBytes()
    {
        using var stream = new MemoryStream();
        foreach (var file in DatabaseFileSuffixes.Select(suffix => portal.Staff.App.DatabasePath + suffix).Where(File.Exists))
        {
            using var reader = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            reader.CopyTo(stream);
        }
        return stream.ToArray();
    }

    private static readonly string[] DatabaseFileSuffixes = ["", "-wal"];
    private static readonly string[] PdfFacts = ["Ana Ruiz", "Mia Ruiz", "Desert Grocers", "Establish paternity", "Ending in 7391", "RUIZ", "SHA-256", "Page 1 of"];

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
