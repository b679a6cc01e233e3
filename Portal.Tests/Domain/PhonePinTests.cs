using Portal.Domain.Accounts;

namespace Portal.Tests.Domain;

public class PhonePinTests
{
    private static readonly DateOnly Birthday = new(1987, 3, 14);

    private static PhonePinProblem Check(string? pin) => PhonePin.Check(pin, Birthday, "Saguaro#Blooms26");

    [Fact]
    public void Good_pin_is_accepted()
    {
        Assert.Equal(PhonePinProblem.None, Check("480602"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("4806021")]
    [InlineData("48o602")]
    [InlineData("480 602")]
    [InlineData("\u0664\u0668\u0660\u0666\u0660\u0662")] // Arabic-Indic digits are digits, but not ones a phone keypad sends
    public void Pin_that_is_not_six_digits_is_refused(string? pin)
    {
        Assert.Equal(PhonePinProblem.NotSixDigits, Check(pin));
    }

    [Theory]
    [InlineData("000000")]
    [InlineData("777777")]
    public void Pin_of_one_repeated_digit_is_refused(string pin)
    {
        Assert.Equal(PhonePinProblem.AllSameDigit, Check(pin));
    }

    [Theory]
    [InlineData("123456")]
    [InlineData("654321")]
    [InlineData("345678")]
    [InlineData("987654")]
    [InlineData("890123")]
    [InlineData("210987")]
    [InlineData("012345")]
    public void Pin_that_runs_up_or_down_is_refused(string pin)
    {
        Assert.Equal(PhonePinProblem.Sequence, Check(pin));
    }

    [Theory]
    [InlineData("031487")] // MMDDYY
    [InlineData("140387")] // DDMMYY
    [InlineData("870314")] // YYMMDD
    [InlineData("031987")] // MMYYYY
    [InlineData("198703")] // YYYYMM
    public void Pin_made_of_the_date_of_birth_is_refused(string pin)
    {
        Assert.Equal(PhonePinProblem.DateOfBirth, Check(pin));
    }

    [Fact]
    public void Pin_equal_to_the_password_is_refused()
    {
        Assert.Equal(PhonePinProblem.SameAsPassword, PhonePin.Check("480602", Birthday, "480602"));
    }

    [Fact]
    public void First_problem_wins()
    {
        // 123456 is also the password here, but the run is the first problem found.
        Assert.Equal(PhonePinProblem.Sequence, PhonePin.Check("123456", Birthday, "123456"));
    }
}
