using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Security;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Security;

public sealed class AuthenticatorSetupFormTests : BunitContext
{
    private static readonly AuthenticatorSetup Setup = new("ABCD EFGH IJKL MNOP", "otpauth://totp/x", "data:image/png;base64,AAAA");

    public AuthenticatorSetupFormTests() => this.AddPortalTestServices();

    [Fact]
    public void Shows_the_QR_code_with_alt_text_and_the_key_in_groups()
    {
        using var culture = CultureScope.English();

        var form = Render<AuthenticatorSetupForm>(p => p.Add(f => f.Setup, Setup).Add(f => f.Verify, _ => Task.FromResult(true)));

        var image = form.Find("img");
        Assert.Equal("data:image/png;base64,AAAA", image.GetAttribute("src"));
        Assert.Equal("QR code that adds your portal account to an authenticator app", image.GetAttribute("alt"));
        Assert.Equal("ABCD EFGH IJKL MNOP", form.Find("#authenticator-key").TextContent);
    }

    [Fact]
    public void A_code_that_is_not_six_digits_is_refused_next_to_the_field_without_checking_it()
    {
        using var culture = CultureScope.English();
        var checks = 0;
        var form = Render<AuthenticatorSetupForm>(p => p.Add(f => f.Setup, Setup).Add(f => f.Verify, _ => { checks++; return Task.FromResult(true); }));

        form.Find("#authenticator-code").Input("12345");
        form.Find("form").Submit();

        Assert.Equal(0, checks);
        Assert.Equal("true", form.Find("#authenticator-code").GetAttribute("aria-invalid"));
        Assert.Contains("Enter the 6-digit code", form.Find("#authenticator-code-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_code_says_so_next_to_the_field()
    {
        using var culture = CultureScope.English();
        string? checkedCode = null;
        var form = Render<AuthenticatorSetupForm>(p => p.Add(f => f.Setup, Setup).Add(f => f.Verify, c => { checkedCode = c; return Task.FromResult(false); }));

        form.Find("#authenticator-code").Input("123 456");
        form.Find("form").Submit();

        Assert.Equal("123456", checkedCode);
        Assert.Contains("That code did not work", form.Find("#authenticator-code-error").TextContent, StringComparison.Ordinal);
        Assert.Contains("authenticator-code-error", form.Find("#authenticator-code").GetAttribute("aria-describedby"), StringComparison.Ordinal);
    }
}
