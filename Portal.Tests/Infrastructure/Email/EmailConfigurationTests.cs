using System.Net;
using Portal.App.Infrastructure.Email;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

public sealed class EmailConfigurationTests
{
    [Theory]
    [InlineData("", "portal@dcss.example.gov", "Email:Provider is not set")]
    [InlineData("SendGrid", "portal@dcss.example.gov", "Email:SendGrid:ApiKey is not set")]
    [InlineData("Smtp", "portal@dcss.example.gov", "Email:Smtp:Host is not set")]
    [InlineData("Pickup", "not-an-address", "Email:FromAddress must be")]
    public void A_start_up_with_email_misconfigured_stops_naming_the_setting(string provider, string fromAddress, string message)
    {
        var error = StartupValidation.Check(builder => builder.AddPortalEmail(),
            new Dictionary<string, string?> { ["Email:Provider"] = provider, ["Email:FromAddress"] = fromAddress, ["Email:Pickup:AllowOutsideDevelopmentUnsafe"] = "true" });

        Assert.NotNull(error);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("SendGrid", "Email:SendGrid:ApiKey", "SG.test-key")]
    [InlineData("Smtp", "Email:Smtp:Host", "smtp.example.net")]
    [InlineData("Pickup", "Email:Pickup:AllowOutsideDevelopmentUnsafe", "true")]
    public void A_complete_email_configuration_starts(string provider, string key, string value)
    {
        Assert.Null(StartupValidation.Check(builder => builder.AddPortalEmail(),
            new Dictionary<string, string?> { ["Email:Provider"] = provider, ["Email:FromAddress"] = "portal@dcss.example.gov", [key] = value }));
    }

    [Fact]
    public async Task The_development_mailbox_does_not_exist_unless_mail_goes_to_the_pickup_folder()
    {
        using var portal = new PortalAppFactory();
        portal.Settings["Email:Provider"] = "SendGrid";
        portal.Settings["Email:SendGrid:ApiKey"] = "SG.test-key";

        var response = await portal.CreateClient().GetAsync("/dev/mailbox");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Development mailbox", await response.Content.ReadAsStringAsync());
    }
}
