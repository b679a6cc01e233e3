using System.Security.Cryptography;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.CaseSystem;

/// <summary>Outside Development the portal seals applicants' SSNs only under the case system's real key, or does not start.</summary>
public sealed class SealingKeyTests
{
    [Fact]
    public void Without_the_case_systems_key_outside_development_the_portal_refuses_to_start_and_names_the_setting()
    {
        var error = StartupValidation.Check(builder => builder.AddCaseSystemFeed(), new Dictionary<string, string?>());

        Assert.NotNull(error);
        Assert.Contains("CaseSystem:SealingPublicKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_is_not_an_rsa_public_key_of_2048_bits_stops_the_start_up_in_every_environment()
    {
        using var weak = RSA.Create(1024);
        foreach (var pem in new[] { "not a key", weak.ExportSubjectPublicKeyInfoPem() })
        {
            foreach (var environment in new[] { "Development", "Production" })
            {
                var error = StartupValidation.Check(builder => builder.AddCaseSystemFeed(), new Dictionary<string, string?> { ["CaseSystem:SealingPublicKey"] = pem }, environment);
                Assert.Contains("at least 2048 bits", error?.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_case_systems_key_starts_the_portal_anywhere_and_development_may_start_without_one()
    {
        Assert.Null(StartupValidation.Check(builder => builder.AddCaseSystemFeed(), new Dictionary<string, string?> { ["CaseSystem:SealingPublicKey"] = TestSealingKey.PublicPem }));
        Assert.Null(StartupValidation.Check(builder => builder.AddCaseSystemFeed(), new Dictionary<string, string?>(), environment: "Development"));
    }
}
