using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Shared.Emails;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Platform.Notifications;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Forms;

/// <summary>A parent's e-forms through the real service and database: drafts, signing, the signature record, access and emails.</summary>
public sealed class ParentFormsTests(FormsPortal portal) : IClassFixture<FormsPortal>, IDisposable
{
    private readonly CultureScope culture = CultureScope.English();

    public void Dispose() => culture.Dispose();

    [Fact]
    public async Task A_draft_is_saved_as_the_parent_goes_and_resumes_on_another_device_where_they_stopped()
    {
        var parent = await portal.ParentAsync();
        var session = await parent.Forms.OpenAsync(parent.User, FormKind.CaseClosure, parent.Case.Digits);
        Assert.NotNull(session);
        session.Answers.ClosureReason = CaseClosureReason.PayingParentLivesWithChild;
        session.Answers.ClosureDetails = "He moved back in with us in October.";
        session.StepIndex = 1;
        Assert.True(await parent.Forms.SaveDraftAsync(parent.User, session));

        // Another device: another circuit, the same account.
        var resumed = await portal.FormsFor().OpenAsync(parent.User, FormKind.CaseClosure, parent.Case.Digits);

        Assert.NotNull(resumed);
        Assert.Equal(CaseClosureReason.PayingParentLivesWithChild, resumed.Answers.ClosureReason);
        Assert.Equal("He moved back in with us in October.", resumed.Answers.ClosureDetails);
        Assert.Equal(FormStep.Consequences, resumed.Step);
        Assert.Equal(portal.Staff.Clock.GetUtcNow() + FormDraftRules.Lifetime, resumed.ExpiresAt);
        var listed = Assert.Single((await parent.Forms.OverviewAsync(parent.User)).Drafts);
        Assert.Equal((FormKind.CaseClosure, parent.Case, false), (listed.Kind, listed.CaseNumber, listed.ExpiresSoon));
    }

    [Fact]
    public async Task A_draft_warns_in_its_last_week_and_is_gone_thirty_days_after_its_last_save()
    {
        var parent = await portal.ParentAsync();
        var session = (await parent.Forms.OpenAsync(parent.User, FormKind.AddressChange, parent.Case.Digits))!;
        session.Answers.Line1 = "400 W Congress St";
        await parent.Forms.SaveDraftAsync(parent.User, session);
        var drafts = portal.Staff.Get<FormDrafts>();

        await SaveDraftDaysAgoAsync(parent, 24);
        Assert.True(Assert.Single(await drafts.ListAsync(parent.Account.Id)).ExpiresSoon);

        await SaveDraftDaysAgoAsync(parent, 30);
        Assert.Empty(await drafts.ListAsync(parent.Account.Id));
        Assert.True(await drafts.PurgeExpiredAsync() >= 1);
        var fresh = await parent.Forms.OpenAsync(parent.User, FormKind.AddressChange, parent.Case.Digits);
        Assert.Null(fresh!.Answers.Line1);
    }

    // The class's clock only moves forward, and other tests share it: the draft is dated back instead.
    private async Task SaveDraftDaysAgoAsync(SignedInParent parent, int days)
    {
        var savedAt = portal.Staff.Clock.GetUtcNow().AddDays(-days);
        await using var db = await portal.Staff.DbAsync();
        await db.FormDrafts.Where(d => d.UserId == parent.Account.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(d => d.SavedAt, savedAt).SetProperty(d => d.ExpiresAt, FormDraftRules.ExpiresAt(savedAt)));
    }

    [Fact]
    public async Task Signing_records_who_when_where_and_a_hash_of_what_was_signed_and_sends_a_receipt()
    {
        var parent = await portal.ParentAsync();
        var result = await FormsPortal.SignAsync(parent, FormKind.CaseClosure, s => FormsPortal.CloseCase(s),
            signedName: $"  {parent.FirstName.ToUpperInvariant()}   {parent.LastName.ToLowerInvariant()} ");

        var submitted = Assert.IsType<FormSubmitResult.Submitted>(result);
        Assert.Matches("^F-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$", submitted.Reference);
        var form = await portal.FormAsync(submitted.FormId);
        Assert.Equal((FormStatus.Submitted, parent.Account.Id, FormsPortal.ClientIp), (form.Status, form.UserId, form.SignerIp));
        Assert.Equal(portal.Staff.Clock.GetUtcNow(), form.SignedAt);
        Assert.Matches("^[0-9a-f]{64}$", form.ContentSha256);
        Assert.DoesNotContain(parent.LastName, form.ProtectedSignedName, StringComparison.OrdinalIgnoreCase);

        var view = (await parent.Forms.ViewAsync(parent.User, submitted.FormId))!;
        Assert.Equal($"{parent.FirstName.ToUpperInvariant()}   {parent.LastName.ToLowerInvariant()}", view.Signature.SignedName);
        Assert.Contains(view.Answers, r => r.Label == "Reason" && r.Value == "There is no current support order and less than $500 is owed");
        Assert.Contains(view.Answers, r => r.Label == "Asked by" && r.Value == "The parent who receives support");
        Assert.Equal(FormStatus.Submitted, Assert.Single(view.History).Status);
        Assert.True(view.HasPdf);

        var receipt = Assert.Single(await portal.Staff.MailToAsync(parent.Account.Email!), m => m.Kind == FormSubmittedEmail.Name);
        Assert.Contains(submitted.Reference, receipt.Subject, StringComparison.Ordinal);
        Assert.Contains($"https://portal.example.gov/forms/{submitted.FormId:D}", receipt.HtmlBody, StringComparison.Ordinal);
        Assert.Empty((await parent.Forms.OverviewAsync(parent.User)).Drafts);
    }

    [Fact]
    public async Task The_pdf_copy_holds_the_answers_the_signature_block_and_the_reference_and_only_the_last_four_of_the_account()
    {
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(paying, FormKind.PaymentAuthorization, s => FormsPortal.AuthorizeDebits(s)));

        var text = await PdfTextAsync(paying, submitted.FormId);

        Assert.Contains("Electronic payment authorization", text, StringComparison.Ordinal);
        Assert.Contains($"Reference {submitted.Reference}", text, StringComparison.Ordinal);
        Assert.Contains("122105155", text, StringComparison.Ordinal);
        Assert.Contains("Account ending in 0123", text, StringComparison.Ordinal);
        Assert.Contains("Twice a month", text, StringComparison.Ordinal);
        Assert.Contains($"{paying.FirstName} {paying.LastName}", text, StringComparison.Ordinal);
        Assert.Contains(FormsPortal.ClientIp, text, StringComparison.Ordinal);
        Assert.Contains((await portal.FormAsync(submitted.FormId)).ContentSha256, text.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("I agree to sign this form electronically", text, StringComparison.Ordinal);
        Assert.DoesNotContain(FormsPortal.AccountNumber, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_signed_in_Spanish_has_its_copy_in_Spanish()
    {
        var parent = await portal.ParentAsync();
        FormSubmitResult result;
        using (CultureScope.Spanish()) result = await FormsPortal.SignAsync(parent, FormKind.CaseClosure, s => FormsPortal.CloseCase(s));

        var text = await PdfTextAsync(parent, Assert.IsType<FormSubmitResult.Submitted>(result).FormId);

        Assert.Contains("Solicitud para cerrar un caso de manutención de menores", text, StringComparison.Ordinal);
        Assert.Contains("No hay una orden de manutención vigente y se deben menos de $500", text, StringComparison.Ordinal);
        Assert.Contains("Página 1 de", text, StringComparison.Ordinal);
    }

    private static async Task<string> PdfTextAsync(SignedInParent parent, Guid formId)
    {
        await using var pdf = await parent.Forms.PdfAsync(parent.User, formId);
        using var bytes = new MemoryStream();
        await pdf!.Content.CopyToAsync(bytes);
        return PdfText.Extract(bytes.ToArray());
    }

    [Fact]
    public async Task Nothing_is_signed_without_consent_the_declaration_and_the_parents_own_name()
    {
        var parent = await portal.ParentAsync();
        var session = (await parent.Forms.OpenAsync(parent.User, FormKind.CaseClosure, parent.Case.Digits))!;
        FormsPortal.CloseCase(session);

        var refused = Assert.IsType<FormSubmitResult.Invalid>(await parent.Forms.SubmitAsync(parent.User, session,
            new FormSignatureEntry { Consented = false, Attested = false, Name = "Somebody Else" }, FormsPortal.SiteBase));

        Assert.Equal([FormFields.Consent, FormFields.SignedName, FormFields.Attest], refused.Problems.Select(p => p.Field));
        Assert.Equal("Problem_NameMismatch", refused.Problems[1].Message);
        Assert.Empty((await parent.Forms.OverviewAsync(parent.User)).Submitted);
    }

    [Fact]
    public async Task Only_the_receiving_parent_may_ask_to_close_a_case_because_they_no_longer_want_services()
    {
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent);
        var session = (await paying.Forms.OpenAsync(paying.User, FormKind.CaseClosure, paying.Case.Digits))!;
        Assert.DoesNotContain(CaseClosureReason.ServicesNoLongerWanted, session.Reasons);

        // A page that sends the reason anyway is refused by the service.
        var refused = await FormsPortal.SignAsync(paying, FormKind.CaseClosure, s => FormsPortal.CloseCase(s, CaseClosureReason.ServicesNoLongerWanted));
        Assert.Equal("Problem_ReasonNotYours", Assert.Single(Assert.IsType<FormSubmitResult.Invalid>(refused).Problems).Message);

        var receiving = await portal.ParentAsync(ParticipantRole.CustodialParent);
        Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(receiving, FormKind.CaseClosure,
            s => FormsPortal.CloseCase(s, CaseClosureReason.ServicesNoLongerWanted)));

        // One request at a time: while it is open, the form is not offered again on that case.
        var offers = (await receiving.Forms.OverviewAsync(receiving.User)).Cases.Single(c => c.CaseNumber == receiving.Case);
        Assert.DoesNotContain(FormKind.CaseClosure, offers.Available);
        Assert.Null(await receiving.Forms.OpenAsync(receiving.User, FormKind.CaseClosure, receiving.Case.Digits));
    }

    [Fact]
    public async Task A_payment_authorization_is_the_paying_parents_with_the_debit_matched_to_the_order()
    {
        var receiving = await portal.ParentAsync(ParticipantRole.CustodialParent);
        Assert.Null(await receiving.Forms.OpenAsync(receiving.User, FormKind.PaymentAuthorization, receiving.Case.Digits));

        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var session = (await paying.Forms.OpenAsync(paying.User, FormKind.PaymentAuthorization, paying.Case.Digits))!;
        var monthly = session.MonthlyOrder!.Value;
        FormsPortal.AuthorizeDebits(session);
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await paying.Forms.SubmitAsync(paying.User, session,
            new FormSignatureEntry { Consented = true, Attested = true, Name = $"{paying.FirstName} {paying.LastName}" }, FormsPortal.SiteBase));

        var view = (await paying.Forms.ViewAsync(paying.User, submitted.FormId))!;
        Assert.Equal("0123", view.AccountLast4);
        Assert.Contains(view.Answers, r => r.Label == "Bank account" && r.Value == "Account ending in 0123");
        Assert.Contains(view.Answers, r => r.Label == "Each debit for support" && r.Value == Portal.Domain.Payments.Money.Dollars(monthly.Amount / 2).ToString(System.Globalization.CultureInfo.GetCultureInfo("en-US")));
        var form = await portal.FormAsync(submitted.FormId);
        Assert.Equal(FormsPortal.AccountNumber, portal.Staff.Get<FormProtector>().Account(form.ProtectedAccountNumber!));
        Assert.False(form.IsActiveAuthorization);
    }

    [Fact]
    public async Task A_bad_routing_number_or_mismatched_account_number_is_refused_at_its_field()
    {
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var session = (await paying.Forms.OpenAsync(paying.User, FormKind.PaymentAuthorization, paying.Case.Digits))!;
        FormsPortal.AuthorizeDebits(session);
        session.Answers.RoutingNumber = "122105156";
        session.AccountNumberAgain = "9876543210124";

        var problems = FormChecks.Step(FormStep.BankAccount, session);

        Assert.Equal([(FormFields.Routing, "Problem_RoutingInvalid"), (FormFields.AccountAgain, "Problem_AccountMismatch")], problems.Select(p => (p.Field, p.Message)));
    }

    [Fact]
    public async Task The_bank_account_number_is_never_in_the_database_a_log_or_an_email_in_clear()
    {
        const string account = "7777333311119";
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var session = (await paying.Forms.OpenAsync(paying.User, FormKind.PaymentAuthorization, paying.Case.Digits))!;
        FormsPortal.AuthorizeDebits(session, account);
        await paying.Forms.SaveDraftAsync(paying.User, session);
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await paying.Forms.SubmitAsync(paying.User, session,
            new FormSignatureEntry { Consented = true, Attested = true, Name = $"{paying.FirstName} {paying.LastName}" }, FormsPortal.SiteBase));
        await portal.MoveAsync(submitted.FormId, FormStatus.Received, FormStatus.Completed);

        await using (var db = await portal.Staff.DbAsync()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        var stored = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(portal.Staff.App.DatabasePath));
        Assert.DoesNotContain(account, stored, StringComparison.Ordinal);
        Assert.Contains("1119", stored, StringComparison.Ordinal); // the scan reads the columns: the last four are kept in clear

        Assert.DoesNotContain(portal.Staff.App.Logs.Entries, e => e.Message.Contains(account, StringComparison.Ordinal));
        var mail = await portal.Staff.MailToAsync(paying.Account.Email!);
        Assert.Equal([FormSubmittedEmail.Name, FormStatusChangedEmail.Name, FormStatusChangedEmail.Name], mail.Select(m => m.Kind));
        Assert.All(mail, m => Assert.DoesNotContain(account, m.Subject + m.HtmlBody + m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Revoking_an_authorization_is_a_signed_form_that_stops_the_debits_at_once()
    {
        var paying = await portal.ParentAsync(ParticipantRole.NonCustodialParent, withOrderInEffect: true);
        var authorization = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(paying, FormKind.PaymentAuthorization, s => FormsPortal.AuthorizeDebits(s)));
        await portal.MoveAsync(authorization.FormId, FormStatus.Received, FormStatus.Completed);
        Assert.True((await portal.FormAsync(authorization.FormId)).IsActiveAuthorization);
        var offers = (await paying.Forms.OverviewAsync(paying.User)).Cases.Single(c => c.CaseNumber == paying.Case).Available;
        Assert.Contains(FormKind.PaymentAuthorizationRevocation, offers);
        Assert.DoesNotContain(FormKind.PaymentAuthorization, offers);

        var revocation = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(paying, FormKind.PaymentAuthorizationRevocation,
            s => s.Answers.AuthorizationId = s.Authorizations.Single().Id));

        var ended = await portal.FormAsync(authorization.FormId);
        Assert.False(ended.IsActiveAuthorization);
        Assert.Equal(portal.Staff.Clock.GetUtcNow(), ended.RevokedAt);
        var view = (await paying.Forms.ViewAsync(paying.User, revocation.FormId))!;
        Assert.Contains(view.Answers, r => r.Label == "Authorization to end" && r.Value == authorization.Reference);
        Assert.Contains(view.Answers, r => r.Value == "Account ending in 0123");
        // With no authorization left, a new one may be signed.
        Assert.Contains(FormKind.PaymentAuthorization, (await paying.Forms.OverviewAsync(paying.User)).Cases.Single(c => c.CaseNumber == paying.Case).Available);
    }

    [Fact]
    public async Task A_change_of_address_form_and_the_profile_lead_to_one_change_and_one_answer()
    {
        var parent = await portal.ParentAsync();
        var address = new MailingAddress("1717 W Jefferson St", null, "Phoenix", "AZ", "85007");
        using (var scope = portal.Staff.App.Services.CreateScope())
        {
            Assert.Equal(ProfileChangeResult.Saved, await scope.ServiceProvider.GetRequiredService<AccountProfile>().ChangeAddressAsync(parent.User, address));
        }

        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(parent, FormKind.AddressChange, s =>
            (s.Answers.Line1, s.Answers.City, s.Answers.State, s.Answers.Zip) = (" 1717  W Jefferson St", "Phoenix", "az", "85007")));

        var changes = portal.Staff.Get<CaseSystemChanges>();
        var change = Assert.Single(await changes.ForPersonAsync(parent.Account.PersonId!, 10));
        Assert.Equal(change.Id, (await portal.FormAsync(submitted.FormId)).RelatedId);

        foreach (var listener in portal.Staff.App.Services.GetServices<ICaseSystemChangeListener>()) await listener.SentAsync(change.Id, portal.Staff.Clock.GetUtcNow(), default);
        Assert.Equal(AcknowledgementResult.Recorded, await changes.RecordAsync(new CaseSystemAcknowledgement(change.Id, false, "The ZIP code does not match the city.", portal.Staff.Clock.GetUtcNow())));

        var view = (await parent.Forms.ViewAsync(parent.User, submitted.FormId))!;
        Assert.Equal((FormStatus.NotApproved, "The ZIP code does not match the city."), (view.Status, view.NotApprovedReason));
        Assert.Equal([FormStatus.Submitted, FormStatus.Received, FormStatus.NotApproved], view.History.Select(h => h.Status));
        Assert.Equal(2, (await portal.Staff.MailToAsync(parent.Account.Email!)).Count(m => m.Kind == FormStatusChangedEmail.Name));
    }

    [Fact]
    public async Task Status_emails_follow_the_parents_choice_but_the_receipt_is_always_sent()
    {
        var parent = await portal.ParentAsync();
        await portal.Staff.Get<NotificationPreferences>().SaveAsync(parent.Account.Id, new Dictionary<string, bool> { [FormNotices.Topic.Key] = false });
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(parent, FormKind.CaseClosure, s => FormsPortal.CloseCase(s)));

        await portal.MoveAsync(submitted.FormId, FormStatus.Received, FormStatus.InReview);

        Assert.Equal([FormSubmittedEmail.Name], (await portal.Staff.MailToAsync(parent.Account.Email!)).Select(m => m.Kind));
        Assert.Equal(FormStatus.InReview, (await parent.Forms.ViewAsync(parent.User, submitted.FormId))!.Status);
    }

    [Fact]
    public async Task Anonymous_callers_and_staff_get_nothing_from_any_parent_method()
    {
        var owner = await portal.ParentAsync();
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(owner, FormKind.CaseClosure, s => FormsPortal.CloseCase(s)));
        var draft = (await owner.Forms.OpenAsync(owner.User, FormKind.AddressChange, owner.Case.Digits))!;
        draft.Answers.Line1 = "1 Main St";
        await owner.Forms.SaveDraftAsync(owner.User, draft);
        var signature = new FormSignatureEntry { Consented = true, Attested = true, Name = $"{owner.FirstName} {owner.LastName}" };

        foreach (var who in new[] { Portal.Tests.Features.Staff.StaffPortal.Anonymous, portal.Staff.Caseworker, portal.Staff.Supervisor })
        {
            var forms = portal.FormsFor();
            Assert.Same(FormsOverview.Empty, await forms.OverviewAsync(who));
            Assert.Null(await forms.OpenAsync(who, FormKind.AddressChange, owner.Case.Digits));
            Assert.False(await forms.SaveDraftAsync(who, draft));
            Assert.IsType<FormSubmitResult.NotAvailable>(await forms.SubmitAsync(who, draft, signature, FormsPortal.SiteBase));
            Assert.Null(await forms.ViewAsync(who, submitted.FormId));
            Assert.Null(await forms.PdfAsync(who, submitted.FormId));
            await forms.DiscardAsync(who, FormKind.AddressChange, owner.Case);
        }

        Assert.Single((await owner.Forms.OverviewAsync(owner.User)).Drafts);
        Assert.Single((await owner.Forms.OverviewAsync(owner.User)).Submitted);
    }

    [Fact]
    public async Task A_parent_whose_only_case_the_portal_does_not_serve_has_no_form_to_start()
    {
        var nonIvD = DemoData.Load().Identities.NonIvDParent;
        var account = await TestAccounts.CreateActivatedAsync(portal.Staff.App.Services, "nonivd.forms", nonIvD.PersonId);
        var user = await TestSessions.StartAsync(portal.Staff.App.Services, account.UserName!, portal.Staff.Clock.GetUtcNow());
        var forms = portal.FormsFor();

        Assert.Empty((await forms.OverviewAsync(user)).Cases);
        Assert.Null(await forms.OpenAsync(user, FormKind.AddressChange, nonIvD.CaseNumber));
    }

    [Fact]
    public async Task A_parent_sees_only_their_own_forms_and_their_pdfs()
    {
        var owner = await portal.ParentAsync();
        var submitted = Assert.IsType<FormSubmitResult.Submitted>(await FormsPortal.SignAsync(owner, FormKind.CaseClosure, s => FormsPortal.CloseCase(s)));
        var stranger = await portal.ParentAsync();

        Assert.Null(await stranger.Forms.ViewAsync(stranger.User, submitted.FormId));
        Assert.Null(await stranger.Forms.PdfAsync(stranger.User, submitted.FormId));
        Assert.Null(await stranger.Forms.OpenAsync(stranger.User, FormKind.CaseClosure, owner.Case.Digits));
        Assert.IsType<FormSubmitResult.NotAvailable>(await stranger.Forms.SubmitAsync(stranger.User,
            (await owner.Forms.OpenAsync(owner.User, FormKind.AddressChange, owner.Case.Digits))!, new FormSignatureEntry(), FormsPortal.SiteBase));
        Assert.Null(await stranger.Forms.ViewAsync(Portal.Tests.Features.Staff.StaffPortal.Anonymous, submitted.FormId));
        await using var pdf = await owner.Forms.PdfAsync(owner.User, submitted.FormId);
        Assert.Equal(($"{submitted.Reference}.pdf", "application/pdf"), (pdf!.FileName, pdf.ContentType));
    }
}
