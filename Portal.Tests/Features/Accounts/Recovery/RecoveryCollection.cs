namespace Portal.Tests.Features.Accounts.Recovery;

/// <summary>
/// The recovery test classes share one seeded portal (starting one takes seconds) and run one after another.
/// Every test leaves the demo account unlocked, with no counted failures and its documented password.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RecoveryCollection : ICollectionFixture<RecoveryPortal>
{
    public const string Name = "Recovery";
}
