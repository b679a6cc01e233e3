using Bunit;
using Portal.App.Features.Accounts.Profile;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Platform.Notifications;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Profile;

/// <summary>The profile's forms on their own: what they refuse at the field, what they keep, and what they send.</summary>
public sealed class ProfileFormsTests : BunitContext
{
    private static readonly MailingAddress OnCase = new("4966 S Greenway Way", null, "Bisbee", "AZ", "85603");

    public ProfileFormsTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // focusing the error summary and the check step's heading
    }

    [Fact]
    public void A_new_address_is_checked_at_each_field_keeps_what_was_typed_and_is_sent_only_from_the_check_step()
    {
        using var culture = CultureScope.English();
        var sent = new List<MailingAddress>();
        var section = Render<MailingAddressSection>(p => p.Add(s => s.Current, OnCase)
            .Add(s => s.Send, a => { sent.Add(a); return Task.FromResult(ProfileChangeResult.Saved); }));
        section.FindAll("button").Single(b => b.TextContent == "Change your address").Click();
        Assert.Equal("4966 S Greenway Way", section.Find("#address-line1").GetAttribute("value")); // starts from the address on the case

        section.Find("#address-line1").Change("<img src=x onerror=alert(1)>");
        section.Find("#address-state").Change("Arizona");
        section.Find("#address-zip").Change(new string('9', 10_000)[..200]);
        section.Find("form").Submit();

        Assert.Empty(sent);
        Assert.Equal(["address-line1", "address-state", "address-zip"], section.FindAll(".error-summary a").Select(a => a.GetAttribute("data-focus-field")));
        Assert.Equal("<img src=x onerror=alert(1)>", section.Find("#address-line1").GetAttribute("value"));
        Assert.Empty(section.FindAll("img")); // typed markup is text, never markup
        Assert.Equal("true", section.Find("#address-state").GetAttribute("aria-invalid"));

        section.Find("#address-line1").Change("77  Copper Queen Plz");
        section.Find("#address-state").Change("az");
        section.Find("#address-zip").Change("85603");
        section.Find("form").Submit();
        Assert.Contains("77 Copper Queen Plz", section.Find("#address-review").TextContent, StringComparison.Ordinal);
        Assert.Empty(sent);

        section.FindAll("button").Single(b => b.TextContent == "Send to my case").Click();

        Assert.Equal([new MailingAddress("77 Copper Queen Plz", null, "Bisbee", "AZ", "85603")], sent);
    }

    [Fact]
    public void Going_back_from_the_check_keeps_the_entries_and_the_same_address_again_is_said_to_send_nothing()
    {
        using var culture = CultureScope.English();
        var section = Render<MailingAddressSection>(p => p.Add(s => s.Current, OnCase)
            .Add(s => s.Send, _ => Task.FromResult(ProfileChangeResult.Unchanged)));
        section.FindAll("button").Single(b => b.TextContent == "Change your address").Click();
        section.Find("#address-line2").Change("Apt 2");
        section.Find("form").Submit();
        section.FindAll("button").Single(b => b.TextContent == "Change what I entered").Click();
        Assert.Equal("Apt 2", section.Find("#address-line2").GetAttribute("value"));
        section.Find("form").Submit();

        section.FindAll("button").Single(b => b.TextContent == "Send to my case").Click();

        Assert.Contains("Nothing was sent", section.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_change_says_where_it_stands_and_a_rejection_gives_its_reason_and_a_number_to_call()
    {
        using var culture = CultureScope.English();
        var at = new DateTimeOffset(2026, 12, 5, 17, 0, 0, TimeSpan.Zero);
        var change = new ContactChange(Guid.NewGuid(), CaseSystemChangeKind.MailingAddress, ContactChangeContent.For(OnCase with { Line1 = "1 New Rd" }),
            CaseSystemChangeStatus.Rejected, at, at, at.AddDays(1), "<b>Address not deliverable</b>", false);

        var section = Render<MailingAddressSection>(p => p.Add(s => s.Current, OnCase).Add(s => s.LatestChange, change)
            .Add(s => s.Send, _ => Task.FromResult(ProfileChangeResult.Saved)));

        var status = section.Find("#address-status");
        Assert.Contains("Not accepted on Dec 6, 2026: <b>Address not deliverable</b>", status.TextContent, StringComparison.Ordinal);
        Assert.Empty(status.QuerySelectorAll("b"));
        Assert.Equal("tel:+16022524045", status.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("1 New Rd", section.Find("#address-sent").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Phone_numbers_are_checked_each_at_its_field_and_sent_as_ten_digits()
    {
        using var culture = CultureScope.English();
        IReadOnlyList<ParticipantPhone>? sent = null;
        var section = Render<PhoneNumbersSection>(p => p.Add(s => s.Current, [new ParticipantPhone(PhoneKind.Home, "5205550187")])
            .Add(s => s.Send, phones => { sent = phones; return Task.FromResult(ProfileChangeResult.Saved); }));
        section.FindAll("button").Single(b => b.TextContent == "Change your phone numbers").Click();
        Assert.Equal("(520) 555-0187", section.Find("#phone-0-number").GetAttribute("value"));
        section.FindAll("button").Single(b => b.TextContent == "Add a phone number").Click();
        section.Find("#phone-1-kind").Change("Work");
        section.Find("#phone-1-number").Change("911-555-0100");
        section.Find("form").Submit();

        Assert.Null(sent);
        Assert.Contains("Enter a US phone number of 10 digits", section.Find("#phone-1-number-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("911-555-0100", section.Find("#phone-1-number").GetAttribute("value"));

        section.Find("#phone-1-number").Change("+1 (480) 555-0111");
        section.Find("form").Submit();

        Assert.Equal([new ParticipantPhone(PhoneKind.Home, "5205550187"), new ParticipantPhone(PhoneKind.Work, "4805550111")], sent);
    }

    [Fact]
    public void The_emails_the_agency_always_sends_are_ticked_and_fixed_and_the_others_are_sent_as_chosen()
    {
        using var culture = CultureScope.Spanish();
        IReadOnlyDictionary<string, bool>? saved = null;
        var settings = new NotificationSetting[]
        {
            new(ProfileServiceCollectionExtensions.SecurityNotices, true),
            new(App.Features.Cases.Shared.PaymentNotices.Topic, false),
        };
        var form = Render<NotificationPreferencesForm>(p => p.Add(f => f.Settings, settings)
            .Add(f => f.Save, wanted => { saved = wanted; return Task.FromResult(ProfileChangeResult.Saved); }));

        var security = form.Find("#email-AccountSecurity");
        Assert.True(security.HasAttribute("disabled") && security.HasAttribute("checked"));
        Assert.Contains("Siempre enviamos estos.", form.Find("#email-AccountSecurity-hint").TextContent, StringComparison.Ordinal);
        Assert.Equal("Pagos registrados", form.Find("label[for=email-PaymentPosted]").TextContent);
        form.Find("#email-PaymentPosted").Change(true);
        form.Find("form").Submit();

        Assert.Equal(new Dictionary<string, bool> { ["PaymentPosted"] = true }, saved);
    }

    [Fact]
    public void A_new_pin_asks_for_the_password_checks_the_rules_at_its_field_and_says_a_wrong_password_there()
    {
        using var culture = CultureScope.English();
        var calls = 0;
        var form = Render<PhonePinForm>(p => p.Add(f => f.Submit, (_, _) => { calls++; return Task.FromResult<PhonePinChangeResult>(new PhonePinChangeResult.WrongPassword()); }));
        form.FindAll("button").Single(b => b.TextContent == "Change your phone PIN").Click();

        form.Find("#new-pin").Input("111111");
        form.Find("form").Submit();
        Assert.Equal(0, calls);
        Assert.Equal(["pin-password", "new-pin"], form.FindAll(".error-summary a").Select(a => a.GetAttribute("data-focus-field")));

        form.Find("#pin-password").Input("Juniper#Trail58");
        form.Find("#new-pin").Input("482 916");
        form.Find("#confirm-new-pin").Input("482916");
        form.Find("form").Submit();

        form.WaitForAssertion(() => Assert.Contains("That is not your current password", form.Find("#pin-password-error").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, calls);
    }
}
