using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class PasswordPolicyTests
{
    private static readonly PasswordPolicy Arizona = new(PasswordRules.Arizona, CommonPasswords.Bundled);
    private static readonly PasswordPolicy Nist = new(PasswordRules.Nist, CommonPasswords.Bundled);

    // "Saguaro#" + digits and letters, so no common word and every kind of character, at any length from 9.
    private static string StrongOfLength(int length) => "Saguaro#7" + new string('k', length - 9);

    private static bool Met(PasswordCheck check, PasswordRequirement requirement) =>
        check.Requirements.Single(r => r.Requirement == requirement).Met;

    [Fact]
    public void Password_of_25_characters_is_rejected()
    {
        var check = Arizona.Check(StrongOfLength(25), PasswordContext.None);

        Assert.False(check.IsAcceptable);
        Assert.Equal([PasswordRequirement.Length], check.Unmet);
    }

    [Fact]
    public void Password_of_24_characters_is_accepted()
    {
        Assert.True(Arizona.Check(StrongOfLength(24), PasswordContext.None).IsAcceptable);
    }

    [Fact]
    public void Password_of_7_characters_is_rejected()
    {
        var check = Arizona.Check("Sag#7xQ", PasswordContext.None);

        Assert.Equal([PasswordRequirement.Length], check.Unmet);
    }

    [Fact]
    public void Password_of_8_characters_with_every_kind_is_accepted()
    {
        Assert.True(Arizona.Check("Sag#7xQz", PasswordContext.None).IsAcceptable);
    }

    [Theory]
    [InlineData("saguaro#blooms26", PasswordRequirement.Uppercase)]
    [InlineData("SAGUARO#BLOOMS26", PasswordRequirement.Lowercase)]
    [InlineData("Saguaro#Blooms", PasswordRequirement.Digit)]
    [InlineData("SaguaroBlooms26", PasswordRequirement.Symbol)]
    public void Each_missing_kind_of_character_is_reported_in_the_checklist(string password, PasswordRequirement missing)
    {
        var check = Arizona.Check(password, PasswordContext.None);

        Assert.Equal([missing], check.Unmet);
    }

    [Fact]
    public void Arizona_checklist_lists_every_requirement_in_a_stable_order()
    {
        var check = Arizona.Check("Saguaro#Blooms26", PasswordContext.None);

        Assert.Equal(
            [PasswordRequirement.Length, PasswordRequirement.Uppercase, PasswordRequirement.Lowercase, PasswordRequirement.Digit,
             PasswordRequirement.Symbol, PasswordRequirement.NotCommon, PasswordRequirement.NoPersonalInfo],
            check.Requirements.Select(r => r.Requirement));
    }

    [Fact]
    public void A_space_is_allowed_but_is_not_the_special_character()
    {
        Assert.False(Met(Arizona.Check("Saguaro Blooms26", PasswordContext.None), PasswordRequirement.Symbol));
        Assert.True(Arizona.Check("Saguaro Blooms 26!", PasswordContext.None).IsAcceptable);
    }

    [Fact]
    public void An_emoji_counts_as_one_character_and_as_a_special_character()
    {
        var check = Arizona.Check("Sag7xQz\U0001F335", PasswordContext.None); // 7 + a cactus

        Assert.True(check.IsAcceptable);
        Assert.False(Arizona.Check("Sag7xQ\U0001F335", PasswordContext.None).IsAcceptable);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void An_empty_password_meets_nothing(string? password)
    {
        var check = Arizona.Check(password, PasswordContext.None);

        Assert.All(check.Requirements, r => Assert.False(r.Met));
    }

    [Fact]
    public void Nist_preset_accepts_64_characters_with_no_composition()
    {
        var check = Nist.Check(string.Concat(Enumerable.Repeat("cactuswren", 6)) + "abcd", PasswordContext.None);

        Assert.True(check.IsAcceptable);
        Assert.Equal(
            [PasswordRequirement.Length, PasswordRequirement.NotCommon, PasswordRequirement.NoPersonalInfo],
            check.Requirements.Select(r => r.Requirement));
    }

    [Fact]
    public void Nist_preset_rejects_65_characters()
    {
        var check = Nist.Check(string.Concat(Enumerable.Repeat("cactuswren", 6)) + "abcde", PasswordContext.None);

        Assert.Equal([PasswordRequirement.Length], check.Unmet);
    }

    [Fact]
    public void Nist_preset_accepts_a_long_lower_case_passphrase()
    {
        Assert.True(Nist.Check("cactus wren over the river", PasswordContext.None).IsAcceptable);
    }

    [Theory]
    [InlineData("Password1!")]
    [InlineData("Summer2024!")]
    [InlineData("Qwerty123!")]
    [InlineData("!!Password1")]
    [InlineData("Football#99")]
    public void Common_and_built_on_common_passwords_are_rejected(string password)
    {
        Assert.Equal([PasswordRequirement.NotCommon], Arizona.Check(password, PasswordContext.None).Unmet);
    }

    [Theory]
    [InlineData("kkkkkkkkkkkkkkkk")]
    [InlineData("KkKkKkKkKkKk")]
    [InlineData("            ")]
    public void One_character_repeated_is_rejected_as_common_however_long(string password)
    {
        Assert.Equal([PasswordRequirement.NotCommon], Nist.Check(password, PasswordContext.None).Unmet);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("12345678")]
    [InlineData("Qwerty2024")]
    public void Common_passwords_are_rejected_under_nist_rules(string password)
    {
        Assert.Equal([PasswordRequirement.NotCommon], Nist.Check(password, PasswordContext.None).Unmet);
    }

    [Theory]
    [InlineData("Saguaro#Blooms26")]
    [InlineData("Ocotillo#Desk26")]
    [InlineData("Mesquite#Review26")]
    public void Demo_passwords_are_accepted(string password)
    {
        Assert.True(Arizona.Check(password, PasswordContext.None).IsAcceptable);
        Assert.True(Nist.Check(password, PasswordContext.None).IsAcceptable);
    }

    [Fact]
    public void Password_containing_the_username_is_rejected()
    {
        var context = new PasswordContext("dmartinez", null, []);

        Assert.Equal([PasswordRequirement.NoPersonalInfo], Arizona.Check("DMartinez#2026", context).Unmet);
    }

    [Fact]
    public void Password_containing_the_case_number_is_rejected()
    {
        var context = new PasswordContext(null, "1234567897", []);

        Assert.Equal([PasswordRequirement.NoPersonalInfo], Arizona.Check("Ocotillo#1234567897", context).Unmet);
        Assert.Equal([PasswordRequirement.NoPersonalInfo], Arizona.Check("Ocotillo#12345-67897", context).Unmet);
    }

    [Theory]
    [InlineData("Rosalind#2026")]
    [InlineData("Blooms#garcia26")]
    [InlineData("Blooms#Lopez26")]
    public void Password_containing_a_name_is_rejected(string password)
    {
        var context = new PasswordContext(null, null, ["Rosalind", "Garcia-Lopez"]);

        Assert.Equal([PasswordRequirement.NoPersonalInfo], Arizona.Check(password, context).Unmet);
    }

    [Fact]
    public void Names_shorter_than_three_letters_are_not_held_against_a_password()
    {
        var context = new PasswordContext(null, null, ["Al", "Ng"]);

        Assert.True(Arizona.Check("Saguaro#Blooms26", context).IsAcceptable);
    }

    [Fact]
    public void Each_preset_is_a_fresh_copy_so_binding_overrides_into_it_cannot_change_it_for_everyone()
    {
        Assert.NotSame(PasswordRules.Arizona, PasswordRules.Arizona);
        Assert.Equal(new PasswordRules(8, 24, true, true, true, true), PasswordRules.Arizona);
        Assert.Equal(new PasswordRules(8, 64, false, false, false, false), PasswordRules.Nist);
    }

    [Fact]
    public void Rules_that_cannot_be_met_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new PasswordPolicy(PasswordRules.Arizona with { MaxLength = 6 }, CommonPasswords.Bundled));
        Assert.Throws<ArgumentException>(() => new PasswordPolicy(PasswordRules.Nist with { MinLength = 0 }, CommonPasswords.Bundled));
    }
}
