using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Components.Layout;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Layout;

public sealed class LiveCircuitTests : BunitContext
{
    private readonly BunitAuthorizationContext authorization;

    public LiveCircuitTests() => authorization = this.AddPortalTestServices();

    private BunitNavigationManager Navigation => Services.GetRequiredService<BunitNavigationManager>();

    [Fact]
    public void Signals_end_to_end_tests_once_the_circuit_is_interactive()
    {
        var circuit = Render<LiveCircuit>();

        circuit.WaitForAssertion(() =>
            Assert.Equal("true", circuit.Find("#circuit-status").GetAttribute("data-interactive")));
    }

    [Fact]
    public void A_signed_in_page_whose_session_ends_elsewhere_goes_to_sign_in_and_comes_back_afterwards()
    {
        authorization.SignIn("maria.parent");
        Navigation.NavigateTo("/dashboard?case=8060961680");
        var circuit = Render<LiveCircuit>();
        circuit.WaitForAssertion(() => Assert.Equal("true", circuit.Find("#circuit-status").GetAttribute("data-interactive")));

        authorization.SetNotAuthorized();

        circuit.WaitForAssertion(() =>
        {
            var last = Navigation.History.First();
            Assert.Equal("/signin?returnUrl=%2Fdashboard%3Fcase%3D8060961680", last.Uri);
            Assert.True(last.Options.ForceLoad);
        });
    }

    [Fact]
    public void A_signed_in_page_stays_while_the_session_is_still_valid()
    {
        authorization.SignIn("maria.parent");
        Navigation.NavigateTo("/account/security");
        var circuit = Render<LiveCircuit>();
        circuit.WaitForAssertion(() => Assert.Equal("true", circuit.Find("#circuit-status").GetAttribute("data-interactive")));

        // Revalidation that finds the session still valid notifies too (with the same, signed-in user).
        authorization.SignIn("maria.parent");

        Assert.Equal("http://localhost/account/security", Navigation.Uri);
    }

    [Fact]
    public void An_anonymous_page_is_not_sent_to_sign_in_when_its_state_is_anonymous()
    {
        Navigation.NavigateTo("/forgot-password");
        var circuit = Render<LiveCircuit>();
        circuit.WaitForAssertion(() => Assert.Equal("true", circuit.Find("#circuit-status").GetAttribute("data-interactive")));

        authorization.SetNotAuthorized();

        Assert.Equal("http://localhost/forgot-password", Navigation.Uri);
    }
}
