using Bunit;
using MudBlazor;
using Portal.App.Features.Staff.Audit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;
using Portal.Domain.Payments;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The staff-only panels on their own: what they show, which actions they offer, and what they ask of the page.</summary>
public sealed class StaffPanelTests : BunitContext, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 17, 0, 0, TimeSpan.Zero);
    private static readonly StaffParticipant Mother = new("P10000001", ParticipantRole.CustodialParent, "Ana Ruiz", new DateOnly(1990, 3, 14), "4821",
        new MailingAddress("12 Palo Verde Rd", null, "Tucson", "AZ", "85701"), "ana.ruiz@example.net", [new ParticipantPhone(PhoneKind.Mobile, "5205550142")], []);

    public StaffPanelTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's dialog and snackbar call into their script
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    // MudBlazor's dialog leaves a service that can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Participants_show_contact_details_and_only_the_last_four_digits_of_an_ssn()
    {
        using var culture = CultureScope.English();
        var child = new StaffParticipant("P10000003", ParticipantRole.Child, "Leo Ruiz", new DateOnly(2018, 6, 1), null, null, null, [], []);

        var panel = Render<ParticipantsPanel>(p => p.Add(x => x.Participants, [Mother, child]));

        var cards = panel.FindAll("[data-testid=participant]");
        Assert.Equal(2, cards.Count);
        Assert.Equal("***-**-4821", panel.Find("[data-testid=ssn-last4]").TextContent);
        Assert.Contains("ana.ruiz@example.net", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Mobile phone", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("(520) 555-0142", cards[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Tucson, AZ 85701", cards[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("***", cards[1].TextContent, StringComparison.Ordinal); // a child has no SSN on file
    }

    [Theory]
    [InlineData("en-US", "Family violence indicator: do not disclose this person's address, phone or employer")]
    [InlineData("es-US", "Indicador de violencia familiar: no revele la dirección, el teléfono ni el empleador de esta persona")]
    public void A_protected_participant_carries_a_plain_warning_and_an_unprotected_one_none(string culture, string warning)
    {
        using var scope = culture == "en-US" ? CultureScope.English() : CultureScope.Spanish();
        var father = Mother with { PersonId = "P10000002", Role = ParticipantRole.NonCustodialParent, FullName = "Luis Ruiz" };

        var panel = Render<ParticipantsPanel>(p => p.Add(x => x.Participants, [Mother with { FamilyViolence = true }, father]));

        var cards = panel.FindAll("[data-testid=participant]");
        Assert.Equal(warning, cards[0].QuerySelector("[data-testid=family-violence]")!.TextContent);
        Assert.Contains("12 Palo Verde Rd", cards[0].TextContent, StringComparison.Ordinal); // staff still see the details
        Assert.Null(cards[1].QuerySelector("[data-testid=family-violence]"));
    }

    [Fact]
    public void A_participants_contact_changes_show_what_was_sent_by_whom_and_where_each_stands()
    {
        using var culture = CultureScope.English();
        var rejected = new ContactChange(Guid.NewGuid(), CaseSystemChangeKind.MailingAddress,
            ContactChangeContent.For(new MailingAddress("9 Mesa Ln", "Unit 2", "Yuma", "AZ", "85364")), CaseSystemChangeStatus.Rejected,
            Now, Now, Now.AddDays(1), "Address not deliverable per USPS", RequestedByStaff: false);
        var waiting = new ContactChange(Guid.NewGuid(), CaseSystemChangeKind.Phones,
            ContactChangeContent.For([new ParticipantPhone(PhoneKind.Work, "6025550100")]), CaseSystemChangeStatus.Waiting,
            Now.AddDays(2), null, null, null, RequestedByStaff: false);

        var panel = Render<ParticipantsPanel>(p => p.Add(x => x.Participants, [Mother with { ContactChanges = [waiting, rejected] }]));

        var changes = panel.FindAll("[data-testid=contact-change]");
        Assert.Equal(2, changes.Count);
        Assert.Contains("Work phone (602) 555-0100", changes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("waiting to be sent", changes[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("9 Mesa Ln, Unit 2, Yuma, AZ 85364", changes[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("not accepted: Address not deliverable per USPS", changes[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("asked by the parent on Nov 22, 2026", changes[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(panel.Find("details.staff-changes").GetAttribute("open")); // something to act on: shown open
    }

    [Fact]
    public void A_parent_without_an_account_is_shown_as_not_registered_with_no_actions()
    {
        using var culture = CultureScope.English();
        var panel = RenderAccount(null, _ => throw new InvalidOperationException("no action expected"));

        Assert.Contains("Not registered", panel.Find("[data-testid=account-status]").TextContent, StringComparison.Ordinal);
        Assert.Empty(panel.FindAll("button"));
    }

    [Fact]
    public void A_locked_account_shows_until_when_and_offers_unlock_and_a_disabled_one_offers_enable()
    {
        using var culture = CultureScope.English();
        var locked = Account() with { LockedUntil = Now.AddMinutes(12), LastSignInAt = Now.AddDays(-2) };

        var panel = RenderAccount(locked, _ => Task.FromResult(AccountSupportResult.Done));

        var status = panel.Find("[data-testid=account-status]").TextContent;
        Assert.Contains("Yes, until Nov 22, 2026 10:12 AM", status, StringComparison.Ordinal); // Arizona time
        Assert.Contains("Nov 20, 2026 10:00 AM", status, StringComparison.Ordinal);
        Assert.Equal(["Check PIN", "Unlock account", "Reset security questions", "Disable portal access"], Buttons(panel));

        var disabled = RenderAccount(Account() with { DisabledAt = Now.AddHours(-1) }, _ => Task.FromResult(AccountSupportResult.Done));
        Assert.Contains("Enable portal access", Buttons(disabled));
        Assert.DoesNotContain("Unlock account", Buttons(disabled));
    }

    [Fact]
    public void An_account_not_yet_verified_offers_to_resend_the_verification_email()
    {
        using var culture = CultureScope.English();
        var panel = RenderAccount(Account() with { Activated = false, EmailVerified = false, HasPhonePin = false }, _ => Task.FromResult(AccountSupportResult.Done));

        Assert.Equal(["Resend verification email", "Disable portal access"], Buttons(panel));
    }

    [Fact]
    public void A_resend_refused_as_too_soon_says_nothing_was_sent_and_when_the_next_one_can_go()
    {
        using var culture = CultureScope.English();
        var waiting = Account() with { Activated = false, EmailVerified = false, HasPhonePin = false, NextVerificationEmailAt = Now.AddMinutes(3) };
        var panel = RenderAccount(waiting, _ => Task.FromResult(AccountSupportResult.TooSoon));

        panel.Find("#reason-1").Input("Caller says the email never came");
        panel.FindAll("button").Single(b => b.TextContent == "Resend verification email").Click();

        Assert.Equal("Nothing was sent: a verification email went to this parent moments ago. The next one can be sent after Nov 22, 2026 10:03 AM.",
            panel.Find("[data-testid=support-outcome]").TextContent.Trim()); // Arizona time
    }

    [Fact]
    public void A_resend_refused_as_too_soon_without_a_known_time_still_says_nothing_was_sent()
    {
        using var culture = CultureScope.English();
        var panel = RenderAccount(Account() with { Activated = false, EmailVerified = false, HasPhonePin = false }, _ => Task.FromResult(AccountSupportResult.TooSoon));

        panel.Find("#reason-1").Input("Caller says the email never came");
        panel.FindAll("button").Single(b => b.TextContent == "Resend verification email").Click();

        Assert.Equal("Nothing was sent: a verification email went to this parent moments ago. Try again in a few minutes.",
            panel.Find("[data-testid=support-outcome]").TextContent.Trim());
    }

    [Fact]
    public void An_action_without_a_reason_is_not_asked_for_and_the_reason_field_says_why()
    {
        using var culture = CultureScope.English();
        var asked = 0;
        var panel = RenderAccount(Account(), _ => { asked++; return Task.FromResult(AccountSupportResult.Done); });

        panel.FindAll("button").Single(b => b.TextContent == "Disable portal access").Click();

        Assert.Equal(0, asked);
        Assert.Equal("Enter the reason.", panel.Find("#reason-1-error").AccessibleText());
        Assert.Equal("true", panel.Find("#reason-1").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_pin_check_sends_the_pin_and_reason_says_a_mismatch_at_the_pin_and_forgets_the_pin()
    {
        using var culture = CultureScope.English();
        AccountSupportRequest? asked = null;
        var panel = RenderAccount(Account(), request => { asked = request; return Task.FromResult(AccountSupportResult.PinDidNotMatch); });

        panel.Find("#reason-1").Input("Caller asked about a payment");
        panel.Find("#pin-1").Input("123456");
        Assert.Equal("password", panel.Find("#pin-1").GetAttribute("type")); // not shown on screen
        panel.FindAll("button").Single(b => b.TextContent == "Check PIN").Click();

        Assert.Equal(new AccountSupportRequest(AccountSupportKind.CheckPhonePin, "user-1", "Caller asked about a payment", "123456"), asked);
        Assert.Equal("The PIN does not match.", panel.Find("#pin-1-error").AccessibleText());
        Assert.Equal("true", panel.Find("#pin-1").GetAttribute("aria-invalid"));
        Assert.Contains("The PIN does not match.", panel.Find(".error-summary").TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, panel.Find("#pin-1").GetAttribute("value") ?? string.Empty);
    }

    [Fact]
    public void A_matching_pin_is_a_success_snackbar_not_a_message_in_the_panel()
    {
        using var culture = CultureScope.English();
        var snackbars = Render<MudSnackbarProvider>();
        var panel = RenderAccount(Account(), _ => Task.FromResult(AccountSupportResult.PinMatched));

        panel.Find("#reason-1").Input("Caller asked about a payment");
        panel.Find("#pin-1").Input("123456");
        panel.FindAll("button").Single(b => b.TextContent == "Check PIN").Click();

        snackbars.WaitForAssertion(() => Assert.Equal("The PIN matches.", snackbars.Find(".mud-snackbar-content-message").TextContent.Trim()));
        Assert.Equal("status", snackbars.Find("#mud-snackbar-container").GetAttribute("role")); // announced
        Assert.NotNull(snackbars.Find(".mud-snackbar button[aria-label=Close]"));
        Assert.Empty(panel.FindAll(".field-error"));
        Assert.Equal(string.Empty, panel.Find("[data-testid=support-outcome]").TextContent.Trim());
    }

    [Fact]
    public void Disabling_access_asks_first_and_does_nothing_when_cancelled()
    {
        using var culture = CultureScope.English();
        var dialogs = Render<MudDialogProvider>();
        var asked = new List<AccountSupportKind>();
        var panel = RenderAccount(Account(), request => { asked.Add(request.Kind); return Task.FromResult(AccountSupportResult.Done); });
        panel.Find("#reason-1").Input("Parent reported a stolen phone");

        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Disable portal access").Click();
        dialogs.WaitForAssertion(() => Assert.Equal("Disable this parent’s portal access?", dialogs.Find("#confirm-dialog-question").TextContent));
        Assert.Contains("They will be signed out everywhere.", dialogs.Markup, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll(".mud-button-close")); // no icon outside the tab order: Cancel closes it
        dialogs.FindAll("button").Single(b => b.TextContent == "Cancel").Click();
        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[role=dialog]")));
        Assert.Empty(asked);

        panel.FindAll("button").Single(b => b.TextContent.Trim() == "Disable portal access").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").Single(b => b.TextContent == "Disable access").Click());
        panel.WaitForAssertion(() => Assert.Equal([AccountSupportKind.DisableAccess], asked));
    }

    [Fact]
    public void A_payment_in_the_future_or_not_positive_is_flagged_next_to_its_field_and_not_recorded()
    {
        using var culture = CultureScope.English();
        var recorded = 0;
        var form = Render<RecordPaymentForm>(p => p
            .Add(x => x.Today, new DateOnly(2026, 11, 22))
            .Add(x => x.Record, _ => { recorded++; return Task.FromResult(StaffRecordingResult.Recorded); }));

        form.Find("#payment-amount").Change("-20");
        form.Find("#payment-date").Change("2026-11-23");
        form.Find("form").Submit();

        Assert.Equal(0, recorded);
        Assert.Equal("The amount must be more than zero.", form.Find("#payment-amount-error").AccessibleText());
        Assert.Equal("The date cannot be in the future.", form.Find("#payment-date-error").AccessibleText());
        Assert.Equal("Choose the payment source.", form.Find("#payment-source-error").AccessibleText());
        Assert.Equal(3, form.FindAll(".error-summary li a").Count);
        Assert.Equal("true", form.Find("#payment-amount").GetAttribute("aria-invalid"));
        Assert.Equal("2026-11-22", form.Find("#payment-date").GetAttribute("max"));
    }

    [Fact]
    public void A_valid_payment_is_recorded_and_confirmed()
    {
        using var culture = CultureScope.English();
        StaffPaymentEntry? entry = null;
        var snackbars = Render<MudSnackbarProvider>();
        var form = Render<RecordPaymentForm>(p => p
            .Add(x => x.Today, new DateOnly(2026, 11, 22))
            .Add(x => x.Record, e => { entry = e; return Task.FromResult(StaffRecordingResult.Recorded); }));

        form.Find("#payment-amount").Change("125.50");
        form.Find("#payment-date").Change("2026-11-22");
        form.Find("#payment-source").Change(nameof(PaymentSource.DirectPayment));
        form.Find("form").Submit();

        Assert.Equal(new StaffPaymentEntry(125.50m, new DateOnly(2026, 11, 22), PaymentSource.DirectPayment), entry);
        snackbars.WaitForAssertion(() => Assert.Equal("Payment of $125.50 recorded.", snackbars.Find(".mud-snackbar-content-message").TextContent.Trim()));
        Assert.Equal(string.Empty, form.Find("#payment-amount").GetAttribute("value") ?? string.Empty); // ready for the next one
    }

    [Fact]
    public void A_case_action_needs_a_known_type_and_a_description()
    {
        using var culture = CultureScope.English();
        var form = Render<RecordCaseActionForm>(p => p
            .Add(x => x.Today, new DateOnly(2026, 11, 22))
            .Add(x => x.Record, _ => throw new InvalidOperationException("not recorded")));

        form.Find("form").Submit();

        Assert.Equal("Choose the action type.", form.Find("#action-type-error").AccessibleText());
        Assert.Equal("Enter the date.", form.Find("#action-date-error").AccessibleText());
        Assert.Equal("Enter a description.", form.Find("#action-description-error").AccessibleText());
    }

    private static ParentAccountStatus Account() =>
        new("user-1", Mother.PersonId, "ana.ruiz", EmailVerified: true, Activated: true, LockedUntil: null, DisabledAt: null,
            LastSignInAt: null, SecurityQuestionsResetAt: null, HasPhonePin: true);

    private IRenderedComponent<AccountSupportPanel> RenderAccount(ParentAccountStatus? account, Func<AccountSupportRequest, Task<AccountSupportResult>> perform) =>
        Render<AccountSupportPanel>(p => p
            .Add(x => x.Parent, Mother)
            .Add(x => x.Account, account)
            .Add(x => x.Index, 1)
            .Add(x => x.Now, Now)
            .Add(x => x.Perform, perform));

    private static List<string> Buttons(IRenderedComponent<AccountSupportPanel> panel) => [.. panel.FindAll("button").Select(b => b.TextContent.Trim())];
}
