using System.Net;
using Microsoft.Extensions.Options;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Email;

public sealed class EmailConfigurationTests
{
    [Theory]
    [InlineData("", "", "Email:Provider is not set")]
    [InlineData("SendGrid", "", "Email:SendGrid:ApiKey is not set")]
    [InlineData("Smtp", "", "Email:Smtp:Host is not set")]
    [InlineData("Pickup", "not-an-address", "Email:FromAddress must be")]
    public void A_start_up_with_email_misconfigured_stops_naming_the_setting(string provider, string fromAddress, string message)
    {
        using var portal = new PortalAppFactory();
        portal.Settings["Email:Provider"] = provider;
        if (fromAddress.Length > 0) portal.Settings["Email:FromAddress"] = fromAddress;

        var error = Assert.Throws<OptionsValidationException>(() => portal.Server);

        Assert.Contains(message, error.Message);
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
