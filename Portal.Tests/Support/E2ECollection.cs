namespace Portal.Tests.Support;

/// <summary>
/// The end-to-end tests run in two collections, each with its own seeded Kestrel server and Chromium: within one the
/// tests run one after another, and the two run side by side. The browser tests mostly wait (for a circuit, a timer, a
/// render), so two streams on CI's two cores take about two thirds of the time of one. Each class belongs to the one
/// that keeps the two about equally long (docs/tests.md); neither shares data with the other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededPortal>
{
    public const string Name = "End to end";
}

/// <summary>The second stream of end-to-end tests (see <see cref="E2ECollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class E2ESecondCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededPortal>
{
    public const string Name = "End to end, second portal";
}
