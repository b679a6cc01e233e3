namespace Portal.Tests.Support;

/// <summary>
/// The end-to-end tests run in two lanes side by side, each with its own seeded Kestrel server and Chromium; within a
/// lane they run one after another. A browser test spends much of its time waiting (for a circuit, a timer, a lock),
/// so a second lane keeps both cores busy. Keep the lanes about even (docs/tests.md).
/// </summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededPortal>
{
    public const string Name = "End to end";
}

/// <inheritdoc cref="E2ECollection"/>
[CollectionDefinition(Name)]
public sealed class E2ESecondLane : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededPortal>
{
    public const string Name = "End to end, second lane";
}
