using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class MaskedEmailTests
{
    [Theory]
    [InlineData("maria.parent@example.net", "m**********t@example.net")]
    [InlineData("ab@example.net", "a*@example.net")]
    [InlineData("a@example.net", "a*@example.net")]
    public void Only_the_first_and_last_letters_before_the_at_sign_show(string email, string shown) =>
        Assert.Equal(shown, MaskedEmail.Of(email));

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("@example.net")]
    public void Something_that_is_not_an_address_shows_nothing_of_itself(string email) =>
        Assert.Equal("***", MaskedEmail.Of(email));
}
