namespace Portal.Tests.Support;

/// <summary>The end-to-end tests share one seeded Kestrel server and one Chromium, and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class E2ECollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<SeededPortal>
{
    public const string Name = "End to end";
}
