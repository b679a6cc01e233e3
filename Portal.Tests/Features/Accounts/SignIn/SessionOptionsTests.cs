using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Identity;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.SignIn;

public sealed class SessionOptionsTests
{
    private static string? StartupError(string key, string value) =>
        StartupValidation.Check(builder => builder.AddPortalData().AddPortalIdentity(), new Dictionary<string, string?>
        {
            ["SsnFingerprint:Key"] = PortalAppFactory.SsnFingerprintKey,
            ["DataProtection:CertificatePath"] = TestCertificate.PfxPath,
            ["DataProtection:CertificatePassword"] = TestCertificate.Password,
            [key] = value,
        })?.Message;

    [Fact]
    public void The_defaults_start() => Assert.Null(StartupError("Session:IdleTimeout", "00:30:00"));

    [Fact]
    public void Open_pages_must_recheck_their_account_at_least_every_five_minutes() =>
        Assert.Contains("Session:RevalidationInterval", StartupError("Session:RevalidationInterval", "00:06:00"));

    [Fact]
    public void The_absolute_lifetime_cannot_be_shorter_than_the_idle_timeout() =>
        Assert.Contains("Session:AbsoluteLifetime", StartupError("Session:AbsoluteLifetime", "00:10:00"));
}
