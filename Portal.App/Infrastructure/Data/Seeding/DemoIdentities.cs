namespace Portal.App.Infrastructure.Data.Seeding;

/// <summary>
/// The people a demo or an end-to-end test acts as (seed-data/demo-identities.json). The seed generator
/// writes it (it compiles this file too), the app's seeding creates the accounts, and the tests read it.
/// </summary>
public sealed record DemoIdentities(
    DemoParent ReadyToRegister,
    DemoParent RegisteredParent,
    DemoParent NonIvDParent,
    DemoStaff Caseworker,
    DemoStaff Supervisor);
