using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Features.Cases.Forms;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>The caseworkers' forms queue and a form's work: what the queue lists and in which order, opening, moving and revealing.</summary>
public sealed class StaffFormsTests(FormsStaffPortal portal) : IClassFixture<FormsStaffPortal>
{
    [Fact]
    public async Task The_queue_lists_open_forms_oldest_signed_first_and_filters_by_kind_status_office_and_age()
    {
        var parent = await portal.ParentAsync();
        var closure = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        portal.Staff.Clock.Advance(TimeSpan.FromDays(3));
        var address = await FormsStaffPortal.SignAsync(parent, FormKind.AddressChange);
        var staff = portal.Staff.Caseworker;

        var office = await portal.OfficeOfAsync(parent.Case);

        var rows = await portal.QueueAsync(staff, StaffFormFilter.Default, closure, address);
        Assert.Equal([closure, address], rows.Select(r => r.Id));
        Assert.Equal((FormKind.CaseClosure, parent.Case, office, FormStatus.Submitted, (string?)null),
            (rows[0].Kind, rows[0].CaseNumber, rows[0].OfficeCode, rows[0].Status, rows[0].AssignedToName));
        Assert.Matches("^F-[0-9A-Z]{4}-[0-9A-Z]{4}$", rows[0].Reference);

        Assert.Equal([address], (await portal.QueueAsync(staff, new StaffFormFilter(Kind: FormKind.AddressChange), closure, address)).Select(r => r.Id));
        Assert.Equal([closure], (await portal.QueueAsync(staff, new StaffFormFilter(SignedDaysAgo: 2), closure, address)).Select(r => r.Id));
        Assert.Empty(await portal.QueueAsync(staff, new StaffFormFilter(SignedDaysAgo: 5), closure, address));
        Assert.Equal(2, (await portal.QueueAsync(staff, new StaffFormFilter(OfficeCode: office), closure, address)).Count);
        Assert.Empty(await portal.QueueAsync(staff, new StaffFormFilter(OfficeCode: "NOPE"), closure, address));

        // Decided, the closure leaves the open queue; it is found by its status, or with every status.
        await portal.Forms.OpenAsync(staff, closure);
        Assert.IsType<StaffFormResult.Done>(await portal.Forms.CompleteAsync(staff, closure));
        Assert.Equal([address], (await portal.QueueAsync(staff, StaffFormFilter.Default, closure, address)).Select(r => r.Id));
        Assert.Equal([closure], (await portal.QueueAsync(staff, new StaffFormFilter(Status: FormStatus.Completed), closure, address)).Select(r => r.Id));
        Assert.Equal([closure, address], (await portal.QueueAsync(staff, new StaffFormFilter(AllStatuses: true), closure, address)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_form_nobody_opened_by_its_date_is_flagged_and_counted_for_supervisors_until_it_is_opened()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var late = new StaffFormFilter(AllStatuses: true, NotOpenedInTime: true);
        Assert.False(Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, StaffFormFilter.Default, id)).NotOpenedInTime);
        Assert.Empty(await portal.QueueAsync(portal.Staff.Caseworker, late, id));

        // Past the end of the Arizona business day it was due to be opened by: flagged.
        await portal.ClockToOpenLateFromAsync(id);

        Assert.True(Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, StaffFormFilter.Default, id)).NotOpenedInTime);
        Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, late, id));
        var flagged = (await portal.Forms.SearchAsync(portal.Staff.Supervisor, late, 0)).Total;
        Assert.Equal(flagged, await portal.Forms.NotOpenedInTimeAsync(portal.Staff.Supervisor));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => portal.Forms.NotOpenedInTimeAsync(portal.Staff.Caseworker));

        await portal.Forms.OpenAsync(portal.Staff.Caseworker, id);

        Assert.False(Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, StaffFormFilter.Default, id)).NotOpenedInTime);
        Assert.Equal(flagged - 1, await portal.Forms.NotOpenedInTimeAsync(portal.Staff.Supervisor));
    }

    [Fact]
    public async Task The_first_opening_marks_the_form_received_emails_the_parent_tells_their_page_and_every_opening_is_audited()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var mailBefore = (await portal.Staff.MailToAsync(parent.Account.Email!)).Count;
        var heard = new List<FormUpdate>();
        using var listening = portal.Staff.Get<FormUpdates>().SubscribeOwner(parent.Account.Id, update => { heard.Add(update); return Task.CompletedTask; });

        var view = await portal.Forms.OpenAsync(portal.Staff.Caseworker, id);
        await portal.Forms.OpenAsync(portal.Staff.Supervisor, id);

        Assert.Equal(FormStatus.Received, view!.Form.Status);
        Assert.Equal(FormsStaffPortal.NameOf(parent), view.ParentName);
        Assert.Equal(FormsStaffPortal.NameOf(parent), view.Form.Signature.SignedName);
        Assert.Equal(64, view.Form.Signature.ContentSha256.Length);
        Assert.Equal([FormStatus.Submitted, FormStatus.Received], view.Form.History.Select(h => h.Status));
        Assert.Equal(FormStatus.Received, (await FormsStaffPortal.ParentViewAsync(parent, id)).Status);
        Assert.Equal(id, Assert.Single(heard).FormId);
        var mail = await portal.Staff.MailToAsync(parent.Account.Email!);
        Assert.Equal(mailBefore + 1, mail.Count);
        Assert.Equal(FormStatusChangedEmail.Name, mail[^1].Kind);

        var audit = await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id);
        Assert.Equal([StaffAuditAction.FormOpened, StaffAuditAction.FormStatusChanged, StaffAuditAction.FormOpened], audit.Select(e => e.Action));
        Assert.Equal(["caseworker", "caseworker", "supervisor"], audit.Select(e => e.StaffUserName));
        Assert.All(audit, e => Assert.Equal(parent.Case.Digits, e.CaseNumber));
        Assert.EndsWith(": Received", audit[1].Detail, StringComparison.Ordinal);
        Assert.Null(await portal.Forms.OpenAsync(portal.Staff.Caseworker, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_status_moves_forwards_only_and_a_decision_is_final()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var staff = portal.Staff.Caseworker;

        // Not yet received: nothing to review or decide.
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.MarkInReviewAsync(staff, id));
        var opened = (await portal.Forms.OpenAsync(staff, id))!;
        Assert.True(opened.MayMarkInReview && opened.MayDecide);

        Assert.IsType<StaffFormResult.Done>(await portal.Forms.MarkInReviewAsync(staff, id));
        Assert.IsType<StaffFormResult.Done>(await portal.Forms.CompleteAsync(staff, id));
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.MarkInReviewAsync(staff, id));
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.NotApproveAsync(staff, id, "Changed my mind"));
        Assert.IsType<StaffFormResult.NotFound>(await portal.Forms.CompleteAsync(staff, Guid.NewGuid()));

        var decided = (await portal.Forms.RefreshAsync(staff, id))!;
        Assert.Equal(FormStatus.Completed, decided.Form.Status);
        Assert.False(decided.MayMarkInReview || decided.MayDecide);
        Assert.Equal([FormStatus.Submitted, FormStatus.Received, FormStatus.InReview, FormStatus.Completed], (await FormsStaffPortal.ParentViewAsync(parent, id)).History.Select(h => h.Status));
        var moves = (await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id)).Where(e => e.Action == StaffAuditAction.FormStatusChanged).Select(e => e.Detail![(e.Detail!.LastIndexOf(' ') + 1)..]);
        Assert.Equal(["Received", "InReview", "Completed"], moves);
    }

    [Fact]
    public async Task An_address_change_follows_the_case_system_so_staff_can_view_it_and_its_pdf_but_not_move_it()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.AddressChange);
        var staff = portal.Staff.Caseworker;

        var view = (await portal.Forms.OpenAsync(staff, id))!;

        Assert.True(view.FollowsCaseSystem);
        Assert.False(view.MayMarkInReview || view.MayDecide);
        Assert.Equal(FormStatus.Submitted, view.Form.Status); // received when the case system has it, not when staff read it
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.MarkInReviewAsync(staff, id));
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.CompleteAsync(staff, id));
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.NotApproveAsync(staff, id, "Not our address"));
        Assert.DoesNotContain(await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id), e => e.Action == StaffAuditAction.FormStatusChanged);

        await using var pdf = (await portal.Forms.PdfAsync(staff, id))!.Content;
        Assert.Equal(StaffAuditAction.FormPdfOpened, (await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id))[^1].Action);

        // Waiting on the case system, an unopened one is never flagged to supervisors.
        var unopened = await FormsStaffPortal.SignAsync(await portal.ParentAsync(), FormKind.AddressChange);
        await portal.ClockToOpenLateFromAsync(unopened);
        Assert.False(Assert.Single(await portal.QueueAsync(staff, StaffFormFilter.Default, unopened)).NotOpenedInTime);
        Assert.Empty(await portal.QueueAsync(staff, new StaffFormFilter(AllStatuses: true, NotOpenedInTime: true), unopened));
    }

    [Fact]
    public async Task Not_approved_needs_a_reason_that_the_parent_then_reads_on_their_page()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var staff = portal.Staff.Caseworker;
        await portal.Forms.OpenAsync(staff, id);
        const string reason = "The case still has arrears owed to the state. Call us to talk about a payment plan.";

        Assert.IsType<StaffFormResult.ReasonMissing>(await portal.Forms.NotApproveAsync(staff, id, "   "));
        Assert.IsType<StaffFormResult.ReasonTooLong>(await portal.Forms.NotApproveAsync(staff, id, new string('x', FormStatusChange.ReasonMaxLength + 1)));
        Assert.Equal(FormStatus.Received, (await FormsStaffPortal.ParentViewAsync(parent, id)).Status);

        Assert.IsType<StaffFormResult.Done>(await portal.Forms.NotApproveAsync(staff, id, "  " + reason + " "));

        var seen = await FormsStaffPortal.ParentViewAsync(parent, id);
        Assert.Equal((FormStatus.NotApproved, reason), (seen.Status, seen.NotApprovedReason));
        Assert.Equal(reason, seen.History[^1].Reason);
        var entry = (await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id))[^1];
        Assert.Equal((StaffAuditAction.FormStatusChanged, reason), (entry.Action, entry.Reason));
        Assert.EndsWith(": NotApproved", entry.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_number_is_shown_as_its_last_four_until_revealed_for_a_reason_and_the_audit_never_holds_it()
    {
        var parent = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.PaymentAuthorization);
        var staff = portal.Staff.Caseworker;

        var view = (await portal.Forms.OpenAsync(staff, id))!;
        Assert.True(view.MayRevealAccount);
        Assert.Equal("0123", view.Form.AccountLast4);
        Assert.Contains(view.Form.Answers, row => row.Value == "Account ending in 0123");
        Assert.DoesNotContain(view.Form.Answers, row => row.Value.Contains(FormsPortal.AccountNumber, StringComparison.Ordinal));

        Assert.IsType<StaffFormResult.ReasonMissing>(await portal.Forms.RevealAccountAsync(staff, id, " "));
        Assert.DoesNotContain(await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id), e => e.Action == StaffAuditAction.BankAccountRevealed);

        var revealed = Assert.IsType<StaffFormResult.Revealed>(await portal.Forms.RevealAccountAsync(staff, id, "Parent on the phone: bank says debit failed"));

        Assert.Equal(FormsPortal.AccountNumber, revealed.AccountNumber);
        var audit = await portal.Staff.AuditAsync(subjectUserId: parent.Account.Id);
        var entry = Assert.Single(audit, e => e.Action == StaffAuditAction.BankAccountRevealed);
        Assert.Equal("Parent on the phone: bank says debit failed", entry.Reason);
        Assert.All(audit, e => Assert.DoesNotContain(FormsPortal.AccountNumber, $"{e.Detail} {e.Reason}", StringComparison.Ordinal));

        var closure = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        Assert.IsType<StaffFormResult.NotAllowed>(await portal.Forms.RevealAccountAsync(staff, closure, "No account on this form"));
    }

    [Fact]
    public async Task Assigning_a_form_filters_the_queue_to_mine_or_unassigned()
    {
        var parent = await portal.ParentAsync();
        var id = await FormsStaffPortal.SignAsync(parent, FormKind.CaseClosure);
        var caseworker = Assert.Single(await portal.Staff.Get<StaffDirectory>().CaseworkersAsync(portal.Staff.Supervisor), c => c.UserName == "caseworker");

        Assert.IsType<StaffFormResult.Done>(await portal.Forms.AssignAsync(portal.Staff.Supervisor, id, caseworker.UserId));

        Assert.Equal("caseworker", Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, new StaffFormFilter(Assignment: FormAssignment.Mine), id)).AssignedToName);
        Assert.Empty(await portal.QueueAsync(portal.Staff.Supervisor, new StaffFormFilter(Assignment: FormAssignment.Mine), id));
        Assert.Empty(await portal.QueueAsync(portal.Staff.Caseworker, new StaffFormFilter(Assignment: FormAssignment.Unassigned), id));
        Assert.IsType<StaffFormResult.NotFound>(await portal.Forms.AssignAsync(portal.Staff.Supervisor, id, "not-a-staff-member"));

        Assert.IsType<StaffFormResult.Done>(await portal.Forms.AssignAsync(portal.Staff.Caseworker, id, null));

        Assert.Single(await portal.QueueAsync(portal.Staff.Caseworker, new StaffFormFilter(Assignment: FormAssignment.Unassigned), id));
    }
}
