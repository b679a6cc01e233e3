using Portal.SeedData.Payments;
using Portal.SeedData.People;

namespace Portal.SeedData.Cases;

/// <summary>A paying parent who may turn up again on a later case (children with two partners), payment habits included.</summary>
internal sealed record PooledPayer(GeneratedPerson Person, PayerProfile Profile);
