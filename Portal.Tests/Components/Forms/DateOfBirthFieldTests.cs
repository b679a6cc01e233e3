using Bunit;
using Portal.App.Components.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Components.Forms;

public sealed class DateOfBirthFieldTests : BunitContext
{
    public DateOfBirthFieldTests() => this.AddPortalTestServices();

    [Fact]
    public void Each_box_is_labelled_and_described_by_the_hint_under_one_legend()
    {
        using var culture = CultureScope.English();
        var field = Render<DateOfBirthField>(p => p.Add(f => f.Id, "birth"));

        Assert.Equal("Date of birth", field.Find("fieldset legend").TextContent);
        Assert.Equal(["Month", "Day", "Year"], field.FindAll("label").Select(l => l.TextContent));
        Assert.Equal(["birth-month", "birth-day", "birth-year"], field.FindAll("label").Select(l => l.GetAttribute("for")));
        Assert.All(field.FindAll("input"), input => Assert.Equal("birth-hint", input.GetAttribute("aria-describedby")));
        Assert.Equal(["bday-month", "bday-day", "bday-year"], field.FindAll("input").Select(i => i.GetAttribute("autocomplete")));
    }

    [Fact]
    public void An_error_on_the_date_marks_all_three_boxes_and_keeps_what_was_typed()
    {
        using var culture = CultureScope.English();
        var field = Render<DateOfBirthField>(p => p.Add(f => f.Id, "birth").Add(f => f.Month, "2").Add(f => f.Day, "30").Add(f => f.Year, "1987")
            .Add(f => f.Errors, [new FieldError("birth-month", "Enter a real date of birth")]));

        Assert.Contains("Enter a real date of birth", field.Find("#birth-month-error").TextContent, StringComparison.Ordinal);
        Assert.All(field.FindAll("input"), input =>
        {
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Equal("birth-hint birth-month-error", input.GetAttribute("aria-describedby"));
        });
        Assert.Equal(["2", "30", "1987"], field.FindAll("input").Select(i => i.GetAttribute("value")));
    }

    [Fact]
    public void What_is_typed_in_each_box_goes_back_to_its_own_binding()
    {
        string? month = null, day = null, year = null;
        var field = Render<DateOfBirthField>(p => p.Add(f => f.Id, "birth")
            .Add(f => f.MonthChanged, (string? v) => month = v).Add(f => f.DayChanged, (string? v) => day = v).Add(f => f.YearChanged, (string? v) => year = v));

        field.Find("#birth-month").Change("8");
        field.Find("#birth-day").Change("16");
        field.Find("#birth-year").Change("1987");

        Assert.Equal(("8", "16", "1987"), (month, day, year));
    }

    [Fact]
    public void The_boxes_are_named_in_Spanish()
    {
        using var culture = CultureScope.Spanish();
        var field = Render<DateOfBirthField>(p => p.Add(f => f.Id, "birth"));

        Assert.Equal("Fecha de nacimiento", field.Find("legend").TextContent);
        Assert.Equal(["Mes", "Día", "Año"], field.FindAll("label").Select(l => l.TextContent));
    }
}
