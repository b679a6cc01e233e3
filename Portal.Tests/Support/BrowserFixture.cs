using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>
/// One headless Debian Chromium for the end-to-end tests, driven by Playwright: its headless shell, the same engine
/// without the browser's own UI, at half the CPU of the full browser. `./test.sh` installs it; set PORTAL_CHROMIUM to
/// use another binary.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") ?? "/usr/lib/chromium/chromium-headless-shell";
        if (!File.Exists(executable)) throw new InvalidOperationException($"Chromium not found at {executable}: run ./test.sh, which installs it (apt-get install chromium-headless-shell).");

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Without the networking flags Chromium floods the closed network with connection attempts.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
