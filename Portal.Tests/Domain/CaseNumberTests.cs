using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public class CaseNumberTests
{
    private static readonly CaseNumber Valid = CaseNumber.FromSerial(123_456_789);

    [Fact]
    public void Case_number_typed_without_dashes_or_spaces_is_accepted()
    {
        Assert.True(CaseNumber.TryParse(Valid.Digits, out var parsed));
        Assert.Equal(Valid, parsed);
    }

    [Theory]
    [InlineData("{0}-{1}")]
    [InlineData("{0} {1}")]
    [InlineData("  {0} - {1}  ")]
    public void Pasted_dashes_and_spaces_are_removed(string pattern)
    {
        var pasted = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, Valid.Digits[..5], Valid.Digits[5..]);
        Assert.Equal(Valid, CaseNumber.Parse(pasted));
        Assert.Equal(Valid.Digits, CaseNumber.Parse(pasted).ToString());
    }

    [Theory]
    [InlineData(null, CaseNumberProblem.Missing)]
    [InlineData("   ", CaseNumberProblem.Missing)]
    [InlineData("12345", CaseNumberProblem.WrongLength)]
    [InlineData("123456789012", CaseNumberProblem.WrongLength)]
    [InlineData("12345A7890", CaseNumberProblem.NotDigits)]
    public void Malformed_case_numbers_say_what_is_wrong(string? input, CaseNumberProblem expected)
    {
        Assert.Equal(expected, CaseNumber.Validate(input));
        Assert.False(CaseNumber.TryParse(input, out _));
    }

    [Fact]
    public void Every_single_digit_typo_is_caught_by_the_check_digit()
    {
        for (var position = 0; position < CaseNumber.Length; position++)
        {
            foreach (var digit in "0123456789".Where(d => d != Valid.Digits[position]))
            {
                var typo = Valid.Digits.Remove(position, 1).Insert(position, digit.ToString());
                Assert.Equal(CaseNumberProblem.CheckDigitMismatch, CaseNumber.Validate(typo));
            }
        }
    }

    [Fact]
    public void Numbers_built_from_serials_are_valid_and_distinct()
    {
        var numbers = Enumerable.Range(0, 1000).Select(serial => CaseNumber.FromSerial(serial)).ToList();
        Assert.All(numbers, n => Assert.Equal(CaseNumberProblem.None, CaseNumber.Validate(n.Digits)));
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }
}
