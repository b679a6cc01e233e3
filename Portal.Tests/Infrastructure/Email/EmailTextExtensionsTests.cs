using Portal.App.Infrastructure.Email.Templates;
using Portal.Tests.Support;
using static Portal.Tests.Infrastructure.Email.EmailRendering;

namespace Portal.Tests.Infrastructure.Email;

public sealed class EmailTextExtensionsTests
{
    [Theory]
    [InlineData("2026-11-23T17:15:00Z", "November 23, 2026 at 10:15 AM Arizona time")]
    [InlineData("2026-07-01T06:30:00Z", "June 30, 2026 at 11:30 PM Arizona time")] // summer: Arizona stays UTC-7
    [InlineData("2026-11-23T20:05:00Z", "November 23, 2026 at 1:05 PM Arizona time")]
    public void English_times_are_Arizona_time_and_say_so(string instant, string expected)
    {
        using var scope = CultureScope.English();

        Assert.Equal(expected, Flatten(Text.ArizonaDateTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("2026-11-23T17:15:00Z", "23 de noviembre de 2026 a las 10:15 a. m., hora de Arizona")]
    [InlineData("2026-11-23T20:05:00Z", "23 de noviembre de 2026 a la 1:05 p. m., hora de Arizona")]
    [InlineData("2026-11-24T07:40:00Z", "24 de noviembre de 2026 a las 12:40 a. m., hora de Arizona")]
    public void Spanish_times_are_Arizona_time_and_say_so_with_the_right_article(string instant, string expected)
    {
        using var scope = CultureScope.Spanish();

        Assert.Equal(expected, Flatten(Text.ArizonaDateTime(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [InlineData("en-US", "Ana", "Hello Ana,")]
    [InlineData("en-US", "  ", "Hello,")]
    [InlineData("es-US", "Ana", "Hola, Ana:")]
    [InlineData("es-US", "", "Hola:")]
    public void The_greeting_uses_the_name_when_there_is_one(string culture, string name, string expected)
    {
        using var scope = new CultureScope(culture);

        Assert.Equal(expected, Text.Greeting(name));
    }
}
