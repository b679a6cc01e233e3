using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Portal.App.Components.Shared;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Shared;

public sealed class SuccessSnackbarTests : BunitContext, IAsyncLifetime
{
    public SuccessSnackbarTests()
    {
        this.AddPortalTestServices();
        JSInterop.Mode = JSRuntimeMode.Loose; // MudBlazor's snackbar calls into its script
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void A_spanish_page_names_the_close_button_in_spanish()
    {
        using var culture = CultureScope.Spanish();
        var snackbars = Render<MudSnackbarProvider>();

        snackbars.InvokeAsync(() => Services.GetRequiredService<ISnackbar>().AddSuccess("Listo."));

        snackbars.WaitForAssertion(() => Assert.NotNull(snackbars.Find(".mud-snackbar button[aria-label=Cerrar]")));
    }

    [Fact]
    public void A_new_success_replaces_the_last_one()
    {
        using var culture = CultureScope.English();
        var snackbars = Render<MudSnackbarProvider>();
        var snackbar = Services.GetRequiredService<ISnackbar>();

        snackbars.InvokeAsync(() => snackbar.AddSuccess("Payment recorded."));
        snackbars.InvokeAsync(() => snackbar.AddSuccess("Action recorded."));

        snackbars.WaitForAssertion(() => Assert.Equal("Action recorded.", snackbars.Find(".mud-snackbar-content-message").TextContent.Trim()));
        Assert.Single(snackbars.FindAll(".mud-snackbar"));
    }
}
