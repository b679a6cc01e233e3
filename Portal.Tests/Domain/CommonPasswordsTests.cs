using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class CommonPasswordsTests
{
    [Fact]
    public void Bundled_list_holds_the_ten_thousand_most_common_passwords()
    {
        Assert.InRange(CommonPasswords.Bundled.Count, 9_800, 10_000); // the list repeats a few in other cases
        Assert.True(CommonPasswords.Bundled.Contains("123456"));
        Assert.Same(CommonPasswords.Bundled, CommonPasswords.Bundled);
    }

    [Fact]
    public void Listed_password_is_found_in_any_case()
    {
        var common = new CommonPasswords(["password", "letmein"]);

        Assert.True(common.Contains("PassWord"));
        Assert.False(common.Contains("password1"));
    }

    [Theory]
    [InlineData("Summer2024!")]
    [InlineData("!!Password1")]
    [InlineData("Qwerty123!")]
    [InlineData("  dragon  ")]
    public void Listed_word_wrapped_in_digits_and_symbols_is_built_on_a_common_password(string password)
    {
        Assert.True(CommonPasswords.Bundled.IsBuiltOn(password));
    }

    [Theory]
    [InlineData("Saguaro#Blooms26")]
    [InlineData("Ocotillo#Desk26")]
    [InlineData("Mesquite#Review26")]
    [InlineData("123456")] // nothing left once the digits go: Contains catches it instead
    public void Password_whose_core_is_not_listed_is_not_built_on_a_common_password(string password)
    {
        Assert.False(CommonPasswords.Bundled.IsBuiltOn(password));
    }

    [Fact]
    public void Listed_words_shorter_than_four_letters_do_not_make_a_password_common()
    {
        var common = new CommonPasswords(["abc", "love"]);

        Assert.False(common.IsBuiltOn("123abc!"));
        Assert.True(common.IsBuiltOn("123love!"));
    }
}
