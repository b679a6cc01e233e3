using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Portal.Tests.Support;

namespace Portal.Tests.EndToEnd;

/// <summary>
/// The reconnection dialog in Chromium: every state blazor.web.js (.NET 10) sets, its words in English and Spanish, its
/// focus, axe, 360 px, and what was typed on the page before, during and after.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class ReconnectDialogTests(BrowserFixture browser, SeededPortal portal)
{
    private const string Email = "someone@example.net";

    [Fact]
    public async Task A_paused_page_says_so_and_resumes_by_keyboard_with_what_was_typed_and_works()
    {
        await using var session = await OpenWithEmailTypedAsync(PortalSite.PhoneWidth);
        var page = session.Page;

        await page.PauseCircuitAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Connection to the portal" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await page.ExpectReconnectStateAsync("paused");
        await Assertions.Expect(dialog).ToContainTextAsync("This page is paused");
        await Assertions.Expect(dialog.Locator("[data-reconnect-announcement]")).ToContainTextAsync("This page is paused. The portal paused this page");
        var resume = dialog.GetByRole(AriaRole.Button, new() { Name = "Resume" });
        await Assertions.Expect(resume).ToBeFocusedAsync();
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await ExpectTheEmailKeptAndThePageWorkingAsync(page);
    }

    [Fact]
    public async Task In_Spanish_the_paused_page_is_worded_in_Spanish_and_passes_axe()
    {
        await using var session = await browser.OpenAsync(portal.Factory, "/culture/es-US?returnUrl=%2Fforgot-username", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();

        await page.PauseCircuitAsync();

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Conexión con el portal" });
        await Assertions.Expect(dialog).ToContainTextAsync("Esta página está en pausa");
        await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Reanudar" })).ToBeFocusedAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reanudar" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_lost_connection_counts_down_to_the_next_try_and_comes_back_to_the_same_page_with_what_was_typed()
    {
        // Typed but not yet sent: the field still has focus when the connection goes.
        await using var session = await OpenWithEmailTypedAsync(PortalSite.PhoneWidth);
        var page = session.Page;

        await page.LoseNetworkAsync();

        // Ten quick attempts, then one every 5 seconds with a countdown.
        await page.ExpectReconnectStateAsync("retrying");
        var dialog = page.ReconnectDialog();
        await Assertions.Expect(dialog).ToContainTextAsync("Still trying to reconnect");
        await Assertions.Expect(dialog).ToContainTextAsync(new Regex(@"We will try again in [1-5] seconds?\."), new() { UseInnerText = true });
        await Assertions.Expect(dialog.Locator("[data-reconnect-announcement]")).ToContainTextAsync("Still trying to reconnect");
        Assert.False(await page.ScrollsHorizontallyAsync());
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        await page.RestoreNetworkAsync();

        // The next attempt finds the circuit the server kept: the same page, nothing lost, and it works.
        await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await ExpectTheEmailKeptAndThePageWorkingAsync(page);
    }

    [Fact]
    public async Task After_the_last_attempt_Retry_says_there_is_still_no_connection_and_coming_back_to_the_tab_reconnects()
    {
        await using var session = await OpenWithEmailTypedAsync(1280);
        var page = session.Page;
        await page.GiveUpAfterTwoAttemptsAsync();

        await page.LoseNetworkAsync();

        await page.ExpectReconnectStateAsync("failed");
        var dialog = page.ReconnectDialog();
        await Assertions.Expect(dialog).ToContainTextAsync("We could not reconnect");
        var retry = dialog.GetByRole(AriaRole.Button, new() { Name = "Retry" });
        await Assertions.Expect(retry).ToBeFocusedAsync();
        await page.AssertNoSeriousAccessibilityViolationsAsync();

        // Still offline: Retry by keyboard says so.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(dialog.Locator("[data-reconnect-announcement]")).ToHaveTextAsync("Still no connection. Check your internet connection, then select Retry again.");
        await Assertions.Expect(dialog).ToBeVisibleAsync();

        // Online again, and the person comes back to the tab.
        await page.RestoreNetworkAsync();
        await page.EvaluateAsync("() => document.dispatchEvent(new Event('visibilitychange'))");

        await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 20_000 });
        await ExpectTheEmailKeptAndThePageWorkingAsync(page);
    }

    [Theory]
    [InlineData("en-US", "Connection to the portal", "Reconnecting…", "We could not reconnect", "Retry", "This page is paused", "Resume",
        "We could not resume this page", "This page has expired", "Reload page")]
    [InlineData("es-US", "Conexión con el portal", "Reconectando…", "No pudimos volver a conectarnos", "Reintentar", "Esta página está en pausa", "Reanudar",
        "No pudimos reanudar esta página", "Esta página venció", "Volver a cargar la página")]
    public async Task Every_state_has_its_words_and_its_button_in_both_languages_at_360_pixels(string culture, string name, string show,
        string failed, string retry, string paused, string resume, string resumeFailed, string rejected, string reload)
    {
        await using var session = await browser.OpenAsync(portal.Factory, $"/culture/{culture}?returnUrl=%2Fforgot-username", width: PortalSite.PhoneWidth, height: 740);
        var page = session.Page;
        await page.WaitForCircuitAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = name });

        foreach (var (state, words, button) in new (string, string, string?)[]
        {
            ("show", show, null), ("failed", failed, retry), ("paused", paused, resume), ("resume-failed", resumeFailed, reload), ("rejected", rejected, reload),
        })
        {
            await page.ShowReconnectStateAsync(state);
            await Assertions.Expect(dialog).ToBeVisibleAsync();
            // Only this state's words are on screen, and they are announced.
            await Assertions.Expect(dialog.Locator(".reconnect__title:visible")).ToHaveTextAsync(words);
            await Assertions.Expect(dialog.Locator("[data-reconnect-announcement]")).ToContainTextAsync(words);
            if (button is not null) await Assertions.Expect(dialog.GetByRole(AriaRole.Button, new() { Name = button })).ToBeFocusedAsync();
            Assert.False(await page.ScrollsHorizontallyAsync(), $"{state} scrolls sideways");
            await page.AssertNoSeriousAccessibilityViolationsAsync();
        }

        await page.ShowReconnectStateAsync("hide");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
    }

    private async Task<BrowserSession> OpenWithEmailTypedAsync(int width)
    {
        var session = await browser.OpenAsync(portal.Factory, "/forgot-username", width: width, height: 740);
        await session.Page.WaitForCircuitAsync();
        await session.Page.GetByLabel("Email address").FillAsync(Email);
        return session;
    }

    // The email is on screen and on the server: the form takes it to the next step.
    private static async Task ExpectTheEmailKeptAndThePageWorkingAsync(IPage page)
    {
        await Assertions.Expect(page.GetByLabel("Email address")).ToHaveValueAsync(Email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get security questions" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Step 2 of 2")).ToBeVisibleAsync();
    }
}
