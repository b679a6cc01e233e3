using Microsoft.Playwright;

namespace Portal.Tests.Support;

/// <summary>A page in its own browser context; disposing it closes the context and its cookies.</summary>
public sealed record BrowserSession(IBrowserContext Context, IPage Page) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}
