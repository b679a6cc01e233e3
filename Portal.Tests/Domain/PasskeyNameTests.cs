using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public sealed class PasskeyNameTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void An_empty_name_is_missing(string? name) => Assert.Equal(PasskeyNameProblem.Missing, PasskeyName.Check(name));

    [Fact]
    public void A_name_of_50_characters_is_accepted_and_51_is_too_long()
    {
        Assert.Equal(PasskeyNameProblem.None, PasskeyName.Check(new string('a', 50)));
        Assert.Equal(PasskeyNameProblem.TooLong, PasskeyName.Check(new string('a', 51)));
    }

    [Fact]
    public void Spaces_around_the_name_do_not_count_and_line_breaks_become_spaces()
    {
        Assert.Equal("Mi teléfono", PasskeyName.Normalise("  Mi teléfono\n"));
        Assert.Equal("Work  laptop", PasskeyName.Normalise("Work\r\nlaptop"));
        Assert.Equal(PasskeyNameProblem.None, PasskeyName.Check("  " + new string('b', 50) + "  "));
    }

    [Fact]
    public void Markup_is_kept_as_text() => Assert.Equal("<b>Phone</b>", PasskeyName.Normalise("<b>Phone</b>"));
}
