using Bunit;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>The staff form for a parent's address and phones: messages at the fields, nothing typed lost, a reason required.</summary>
public sealed class StaffContactDetailsFormTests : BunitContext, IAsyncLifetime
{
    private static readonly StaffParticipant Mother = new("P10000001", ParticipantRole.CustodialParent, "Ana Ruiz", new DateOnly(1990, 3, 14), "4821",
        new MailingAddress("12 Palo Verde Rd", null, "Tucson", "AZ", "85701"), "ana.ruiz@example.net", [new ParticipantPhone(PhoneKind.Mobile, "5205550142")], []);

    private readonly List<StaffContactChangeRequest> sent = [];
    private StaffContactChangeResult answer = StaffContactChangeResult.Sent;

    public StaffContactDetailsFormTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void The_form_starts_from_what_the_case_holds()
    {
        using var culture = CultureScope.English();
        var form = RenderForm(Mother);

        Assert.Equal("12 Palo Verde Rd", form.Find("#staff-address-1-line1").GetAttribute("value"));
        Assert.Equal("85701", form.Find("#staff-address-1-zip").GetAttribute("value"));
        Assert.Equal("(520) 555-0142", form.Find("#staff-phone-1-0-number").GetAttribute("value"));
        Assert.Equal("off", form.Find("#staff-address-1-line1").GetAttribute("autocomplete")); // not the caseworker's own address
    }

    [Fact]
    public void Bad_input_and_no_reason_are_told_at_the_fields_and_what_was_typed_stays()
    {
        using var culture = CultureScope.English();
        var form = RenderForm(Mother);
        form.Find("#staff-address-1-line1").Change("<script>alert(1)</script> 5 Main");
        form.Find("#staff-address-1-zip").Change("857");

        form.Find("[data-testid=address-change-form]").Submit();

        Assert.Empty(sent);
        Assert.Contains("Use only letters", form.Find("#staff-address-1-line1-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("ZIP code of 5 digits", form.Find("#staff-address-1-zip-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("Enter the reason.", form.Find("#address-reason-1-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", form.Find("#staff-address-1-zip").GetAttribute("aria-invalid"));
        Assert.Equal("<script>alert(1)</script> 5 Main", form.Find("#staff-address-1-line1").GetAttribute("value"));
        Assert.Empty(form.FindAll("script"));
    }

    [Fact]
    public void A_checked_address_with_a_reason_is_sent_for_that_parent()
    {
        using var culture = CultureScope.English();
        var form = RenderForm(Mother);
        form.Find("#staff-address-1-line1").Change("1509 e cooley rd");
        form.Find("#staff-address-1-line2").Change("Spc 41");
        form.Find("#staff-address-1-city").Change("Pinetop");
        form.Find("#staff-address-1-zip").Change("85935");
        form.Find("#address-reason-1").Input("Parent called");

        form.Find("[data-testid=address-change-form]").Submit();

        var request = Assert.Single(sent);
        Assert.Equal(("P10000001", "Parent called", null), (request.PersonId, request.Reason, request.Phones));
        Assert.Equal("85935", request.Address!.Zip);
        Assert.Equal("Spc 41", request.Address.Line2);
    }

    [Fact]
    public void Phone_numbers_are_checked_each_at_its_field_then_sent_as_digits()
    {
        using var culture = CultureScope.Spanish();
        var form = RenderForm(Mother);
        form.FindAll("button").Single(b => b.TextContent == "Agregar un número de teléfono").Click();
        form.Find("#staff-phone-1-1-number").Change("12345");
        form.Find("#phones-reason-1").Input("Llamó la madre");

        form.Find("[data-testid=phones-change-form]").Submit();
        Assert.Empty(sent);
        Assert.Contains("10 dígitos", form.Find("#staff-phone-1-1-number-error").TextContent, StringComparison.Ordinal);

        form.Find("#staff-phone-1-1-number").Change("(602) 555-0134");
        form.Find("[data-testid=phones-change-form]").Submit();

        var request = Assert.Single(sent);
        Assert.Equal([new ParticipantPhone(PhoneKind.Mobile, "5205550142"), new ParticipantPhone(PhoneKind.Mobile, "6025550134")], request.Phones);
    }

    [Fact]
    public void A_change_the_service_refuses_says_why_in_the_panel()
    {
        using var culture = CultureScope.English();
        answer = StaffContactChangeResult.Unchanged;
        var form = RenderForm(Mother);
        form.Find("#address-reason-1").Input("Parent called");

        form.Find("[data-testid=address-change-form]").Submit();

        Assert.Contains("nothing was sent", form.Find(".staff-outcome").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protected_parent_s_form_repeats_the_family_violence_warning()
    {
        using var culture = CultureScope.English();
        var form = RenderForm(Mother with { FamilyViolence = true });

        Assert.Contains("do not disclose this person's address", form.Find(".staff-warning").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<StaffContactDetailsForm> RenderForm(StaffParticipant parent) =>
        Render<StaffContactDetailsForm>(p => p
            .Add(x => x.Parent, parent)
            .Add(x => x.Index, 1)
            .Add(x => x.Send, request =>
            {
                sent.Add(request);
                return Task.FromResult(answer);
            }));
}
