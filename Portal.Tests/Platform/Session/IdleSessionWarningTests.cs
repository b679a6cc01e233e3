using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.App.Platform.Session;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Platform.Session;

public sealed class IdleSessionWarningTests : BunitContext
{
    private readonly ManualTimeProvider clock = new();

    public IdleSessionWarningTests()
    {
        this.AddPortalTestServices();
        Services.AddSingleton<TimeProvider>(clock);
        Services.AddSingleton(Options.Create(new PortalSessionOptions { IdleTimeout = TimeSpan.FromMinutes(30), IdleWarning = TimeSpan.FromMinutes(2), AbsoluteLifetime = TimeSpan.FromHours(12) }));
        Services.AddSingleton<AntiforgeryStateProvider, FixedAntiforgery>();
    }

    [Fact]
    public void Renders_nothing_for_someone_not_signed_in()
    {
        var warning = Render<IdleSessionWarning>(p => p.AddCascadingValue<HttpContext>(new DefaultHttpContext()));

        Assert.Empty(warning.FindAll("dialog"));
    }

    [Fact]
    public void Gives_the_script_the_session_timings_and_a_sign_out_form()
    {
        using var culture = CultureScope.English();
        var signedInAt = clock.GetUtcNow().AddHours(-11);
        var http = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "maria"), new Claim(PortalClaims.SignedInAt, signedInAt.ToString("O"))], "Test")),
        };

        var dialog = Render<IdleSessionWarning>(p => p.AddCascadingValue<HttpContext>(http)).Find("dialog");

        Assert.Equal("alertdialog", dialog.GetAttribute("role"));
        Assert.Equal("Are you still there?", dialog.QuerySelector("#" + dialog.GetAttribute("aria-labelledby"))!.TextContent);
        Assert.Equal("1800", dialog.GetAttribute("data-idle-timeout-seconds"));
        Assert.Equal("120", dialog.GetAttribute("data-idle-warning-seconds"));
        Assert.Equal("3600", dialog.GetAttribute("data-absolute-remaining-seconds")); // 12 h after sign-in, by the server's clock
        Assert.Equal("/session/keepalive", dialog.GetAttribute("data-keepalive-url"));
        var form = dialog.QuerySelector("form[data-session-signout]")!;
        Assert.Equal(("post", "/signout"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal("signout", form.QuerySelector("input[name=_handler]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.NotNull(dialog.QuerySelector("[aria-live]"));
    }

    private sealed class FixedAntiforgery : AntiforgeryStateProvider
    {
        public override AntiforgeryRequestToken GetAntiforgeryToken() => new("test-token", "__RequestVerificationToken");
    }
}
