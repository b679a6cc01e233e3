using Portal.Tests.Support;

namespace Portal.Tests.Features.Offices;

/// <summary>One app with the demo data (its 17 offices) per test class, its clock on a Wednesday at 10:00 in Arizona.</summary>
public sealed class OfficesPortal : IDisposable
{
    /// <summary>Wednesday 2 December 2026, 10:00 in Arizona (17:00 UTC): every office is open.</summary>
    public static readonly DateTimeOffset WednesdayMorning = new(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(-7));

    public ControlledPortal App { get; } = new(seed: true);

    public OfficesPortal() => App.Clock.SetUtcNow(WednesdayMorning);

    public HttpClient CreateClient(string language = "en-US")
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    public void Dispose() => App.Dispose();
}
