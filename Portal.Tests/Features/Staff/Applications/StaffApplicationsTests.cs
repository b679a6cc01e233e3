using Portal.App.Features.Applications;
using Portal.App.Features.Cases.Shared.Applications.Emails;
using Portal.App.Features.Staff.Applications;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Applications;
using Portal.Tests.Features.Applications;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff.Applications;

/// <summary>The caseworkers' queue of applications: opening (audited), asking for more information, declining and accepting.</summary>
public sealed class StaffApplicationsTests(ApplicationsPortal portal) : IClassFixture<ApplicationsPortal>, IDisposable
{
    private readonly CultureScope culture = CultureScope.English();

    private StaffApplications Staff => portal.Staff.Get<StaffApplications>();

    public void Dispose() => culture.Dispose();

    private Task<(Applicant Applicant, Guid Id, string Reference)> SubmittedAsync() => SubmittedAsync(portal);

    private static async Task<(Applicant Applicant, Guid Id, string Reference)> SubmittedAsync(ApplicationsPortal portal)
    {
        var applicant = await portal.ApplicantAsync();
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        ApplicationsPortal.Complete(session, applicant.FirstName, applicant.LastName);
        var submitted = Assert.IsType<ApplicationSubmitResult.Submitted>(
            await applicant.Applications.SubmitAsync(applicant.User, session, ApplicationsPortal.Signature("Ana Ruiz"), ApplicationsPortal.SiteBase));
        return (applicant, session.Id, submitted.Reference);
    }

    [Fact]
    public async Task A_caseworker_sees_the_queue_and_opening_an_application_is_audited_and_puts_it_in_review()
    {
        var (applicant, id, reference) = await SubmittedAsync();

        Assert.Contains(await Staff.QueueAsync(portal.Staff.Caseworker), r => r.Id == id && r.Reference == reference && r.Status == ApplicationStatus.Submitted);
        var view = await Staff.OpenAsync(portal.Staff.Caseworker, id);

        Assert.NotNull(view);
        Assert.Equal(ApplicationStatus.InReview, view.Status);
        Assert.Contains(view.Sections.SelectMany(s => s.Rows), r => r.Value == "Ending in 6789");
        var entry = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationOpened);
        Assert.Equal(reference, entry.Detail);
        Assert.Equal(ApplicationStatus.InReview, (await applicant.Applications.OpenAsync(applicant.User))!.Status);
    }

    [Fact]
    public async Task Asking_for_more_information_reaches_the_applicant_as_a_message_they_can_answer()
    {
        var (applicant, id, _) = await SubmittedAsync();

        Assert.IsType<StaffApplicationResult.Done>(await Staff.AskAsync(portal.Staff.Caseworker, id, "Please tell us the other parent's city.", ApplicationsPortal.SiteBase));

        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.Equal(ApplicationStatus.InformationRequested, session.Status);
        Assert.Equal("Please tell us the other parent's city.", Assert.Single(session.Messages, m => m.FromStaff).Body);
        var email = Assert.Single(await portal.Staff.MailToAsync(applicant.Account.Email!), m => m.Kind == ApplicationStatusChangedEmail.Name);
        Assert.DoesNotContain("other parent's city", email.TextBody, StringComparison.Ordinal);

        Assert.True(await applicant.Applications.ReplyAsync(applicant.User, id, "He lives in Mesa."));
        var view = (await Staff.RefreshAsync(portal.Staff.Caseworker, id))!;
        Assert.Equal(ApplicationStatus.InReview, view.Status);
        Assert.Equal("He lives in Mesa.", view.Messages[^1].Body);
        Assert.Contains(await portal.Staff.AuditAsync(subjectUserId: applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationInformationRequested);
    }

    [Fact]
    public async Task Declining_needs_a_reason_the_applicant_reads_and_is_audited()
    {
        var (applicant, id, _) = await SubmittedAsync();

        Assert.Equal("ReasonRequired", Assert.IsType<StaffApplicationResult.Refused>(await Staff.DeclineAsync(portal.Staff.Caseworker, id, " ", ApplicationsPortal.SiteBase)).Problem);
        Assert.IsType<StaffApplicationResult.Done>(await Staff.DeclineAsync(portal.Staff.Caseworker, id, "The children live outside Arizona.", ApplicationsPortal.SiteBase));

        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.Equal((ApplicationStatus.Declined, "The children live outside Arizona."), (session.Status, session.DeclineReason));
        var entry = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationDeclined);
        Assert.Equal("The children live outside Arizona.", entry.Reason);
        Assert.Equal("AlreadyDecided", Assert.IsType<StaffApplicationResult.Refused>(
            await Staff.AcceptAsync(portal.Staff.Caseworker, id, "0000000000", "P1", ApplicationsPortal.SiteBase)).Problem);
    }

    [Fact]
    public Task Two_caseworkers_declining_at_once_make_one_decision_and_the_other_is_told() => OneDecisionAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_two_caseworkers_declining_at_once_make_one_decision_and_the_other_is_told() =>
        PostgresDatabase.WithPortalAsync(database => new ApplicationsPortal(database), OneDecisionAsync);

    private static async Task OneDecisionAsync(ApplicationsPortal portal)
    {
        var (applicant, id, _) = await SubmittedAsync(portal);
        var staff = portal.Staff.Get<StaffApplications>();

        var outcomes = await Task.WhenAll(
            Task.Run(() => staff.DeclineAsync(portal.Staff.Caseworker, id, "The children live outside Arizona.", ApplicationsPortal.SiteBase)),
            Task.Run(() => staff.DeclineAsync(portal.Staff.Supervisor, id, "There is already an order in Utah.", ApplicationsPortal.SiteBase)));

        Assert.Single(outcomes, o => o is StaffApplicationResult.Done);
        Assert.Equal("AlreadyDecided", Assert.Single(outcomes.OfType<StaffApplicationResult.Refused>()).Problem);
        var decision = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationDeclined);
        var session = (await applicant.Applications.OpenAsync(applicant.User))!;
        Assert.Equal(decision.Reason, session.DeclineReason); // the applicant reads the decision that stands
        Assert.Single(await portal.Staff.MailToAsync(applicant.Account.Email!), m => m.Kind == ApplicationStatusChangedEmail.Name);
    }

    [Fact]
    public Task A_question_sent_while_another_caseworker_declines_never_reopens_the_application() => DeclinedStaysDeclinedAsync(portal);

    [PostgresFact, Trait(PostgresFactAttribute.Trait, PostgresFactAttribute.Postgres)]
    public Task On_PostgreSQL_a_question_sent_while_another_caseworker_declines_never_reopens_the_application() =>
        PostgresDatabase.WithPortalAsync(database => new ApplicationsPortal(database), DeclinedStaysDeclinedAsync);

    // Either order is fine (asked, then declined; or declined, and the question refused), but never "declined, then asked".
    private static async Task DeclinedStaysDeclinedAsync(ApplicationsPortal portal)
    {
        var (applicant, id, _) = await SubmittedAsync(portal);
        var staff = portal.Staff.Get<StaffApplications>();

        var outcomes = await Task.WhenAll(
            Task.Run(() => staff.DeclineAsync(portal.Staff.Supervisor, id, "The children live outside Arizona.", ApplicationsPortal.SiteBase)),
            Task.Run(() => staff.AskAsync(portal.Staff.Caseworker, id, "Please tell us the other parent's city.", ApplicationsPortal.SiteBase)));

        Assert.IsType<StaffApplicationResult.Done>(outcomes[0]);
        Assert.Equal(ApplicationStatus.Declined, (await applicant.Applications.OpenAsync(applicant.User))!.Status);
    }

    [Fact]
    public async Task Accepting_links_only_a_parent_on_the_case_who_has_no_account_and_is_audited()
    {
        var (applicant, id, reference) = await SubmittedAsync();
        var (caseNumber, personId) = portal.Staff.NextParent();
        var (_, otherPerson) = portal.Staff.NextParent();
        var (accountCase, withAccount) = await portal.Staff.ParentAccountAsync();

        Assert.Equal("NotAParentOnCase", Assert.IsType<StaffApplicationResult.Refused>(
            await Staff.AcceptAsync(portal.Staff.Caseworker, id, caseNumber.Digits, otherPerson, ApplicationsPortal.SiteBase)).Problem);
        Assert.Equal("PersonHasAccount", Assert.IsType<StaffApplicationResult.Refused>(
            await Staff.AcceptAsync(portal.Staff.Caseworker, id, accountCase.Digits, withAccount.PersonId, ApplicationsPortal.SiteBase)).Problem);
        Assert.Contains(await Staff.CandidatesAsync(portal.Staff.Caseworker, caseNumber.Digits), c => c.PersonId == personId && !c.HasAccount);

        Assert.IsType<StaffApplicationResult.Done>(await Staff.AcceptAsync(portal.Staff.Caseworker, id, caseNumber.Digits, personId, ApplicationsPortal.SiteBase));

        Assert.Equal(personId, (await portal.Staff.AccountAsync(applicant.Account.Id)).PersonId);
        var entry = Assert.Single(await portal.Staff.AuditAsync(subjectUserId: applicant.Account.Id), e => e.Action == StaffAuditAction.ApplicationAccepted);
        Assert.Equal((caseNumber.Digits, $"{reference} {personId}"), (entry.CaseNumber, entry.Detail));
        Assert.DoesNotContain(await Staff.QueueAsync(portal.Staff.Caseworker), r => r.Id == id);
    }

    [Fact]
    public async Task Only_staff_reach_applications()
    {
        var (_, id, _) = await SubmittedAsync();

        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => Staff.OpenAsync(StaffPortal.Parent(), id));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => Staff.QueueAsync(StaffPortal.Anonymous));
    }
}
