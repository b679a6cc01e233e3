using Portal.App.Components.Forms;

namespace Portal.Tests.Components.Forms;

public sealed class FieldErrorsTests
{
    private static readonly IReadOnlyList<FieldError> Errors = [new("ssn", "Enter your Social Security number")];

    [Fact]
    public void A_field_with_an_error_is_marked_and_names_its_hint_then_its_message()
    {
        Assert.Equal("Enter your Social Security number", Errors.MessageFor("ssn"));
        Assert.Equal("true", Errors.InvalidFor("ssn"));
        Assert.Equal("ssn-hint ssn-error", Errors.DescribedBy("ssn", "ssn-hint"));
        Assert.Equal("ssn-error", Errors.DescribedBy("ssn"));
    }

    [Fact]
    public void A_field_without_an_error_carries_no_invalid_mark_and_names_only_its_hint()
    {
        Assert.Null(Errors.MessageFor("zip"));
        Assert.Null(Errors.InvalidFor("zip"));
        Assert.Equal("zip-hint", Errors.DescribedBy("zip", "zip-hint"));
        Assert.Null(Errors.DescribedBy("zip"));
    }
}
