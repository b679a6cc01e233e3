using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>
/// The circuit's connection as a test drives it through blazor.web.js (page.EvaluateAsync runs outside the page's CSP),
/// and the reconnection dialog (Components/Layout/ReconnectModal.razor) it opens.
/// </summary>
public static class CircuitControls
{
    private const string Negotiate = "**/_blazor/negotiate**";

    public static ILocator ReconnectDialog(this IPage page) => page.Locator("#components-reconnect-modal");

    /// <summary>Blazor.pauseCircuit(): the server persists the circuit's state, hands it to the browser and lets the circuit go.</summary>
    public static async Task PauseCircuitAsync(this IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => Blazor.pauseCircuit()"), "the circuit did not pause");

    /// <summary>Blazor.resumeCircuit() on a paused page: a new circuit from the persisted state, as the dialog's Resume does.</summary>
    public static async Task ResumeCircuitAsync(this IPage page) =>
        Assert.True(await page.EvaluateAsync<bool>("() => Blazor.resumeCircuit()"), "the circuit did not resume");

    /// <summary>
    /// Drops the connection as a lost network would, and keeps the server out of reach (every reconnection attempt's
    /// negotiation fails) until <see cref="RestoreNetworkAsync"/>. The server keeps the circuit meanwhile.
    /// </summary>
    public static async Task LoseNetworkAsync(this IPage page)
    {
        await page.RouteAsync(Negotiate, route => route.AbortAsync());
        await page.EvaluateAsync("() => Blazor._internal.forceCloseConnection()");
    }

    public static Task RestoreNetworkAsync(this IPage page) => page.UnrouteAsync(Negotiate);

    /// <summary>
    /// Fewer, quicker reconnection attempts than the portal's (30 over about six minutes), so the last one fails within a
    /// test: the options blazor.web.js hands its reconnection handler when the connection goes down.
    /// </summary>
    public static Task GiveUpAfterTwoAttemptsAsync(this IPage page) => page.EvaluateAsync("""
        () => {
          const handler = Blazor.defaultReconnectionHandler;
          const onConnectionDown = handler.onConnectionDown.bind(handler);
          handler.onConnectionDown = (options, ...rest) => onConnectionDown({ ...options, maxRetries: 2, retryIntervalMilliseconds: 0 }, ...rest);
        }
        """);

    /// <summary>
    /// What blazor.web.js does when it enters a state: set the state's class on the dialog and raise its event. For the
    /// states no test can reach quickly (rejected, resume-failed), so their words and focus can be checked.
    /// </summary>
    public static Task ShowReconnectStateAsync(this IPage page, string state) => page.EvaluateAsync("""
        state => {
          const dialog = document.getElementById('components-reconnect-modal');
          dialog.classList.remove(...Array.from(dialog.classList).filter(c => c.startsWith('components-reconnect-')));
          dialog.classList.add('components-reconnect-' + state);
          dialog.dispatchEvent(new CustomEvent('components-reconnect-state-changed', { detail: { state } }));
        }
        """, state);

    public static Task ExpectReconnectStateAsync(this IPage page, string state) =>
        Assertions.Expect(page.ReconnectDialog()).ToHaveClassAsync(StateClass(state), new() { Timeout = 20_000 });

    private static Regex StateClass(string state) => new($@"(^|\s)components-reconnect-{Regex.Escape(state)}(\s|$)");
}
