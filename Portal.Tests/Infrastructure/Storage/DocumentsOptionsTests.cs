using Portal.App.Infrastructure.Storage;
using Portal.Tests.Support;

namespace Portal.Tests.Infrastructure.Storage;

public sealed class DocumentsOptionsTests
{
    [Theory]
    [InlineData("Documents:Scanner:Host", "10.0.0.5", "loopback")]
    [InlineData("Documents:Scanner:Port", "70000", "Port")]
    [InlineData("Documents:StorageFolder", "wwwroot/uploads", "outside wwwroot")]
    [InlineData("Documents:MaxFileBytes", "0", "MaxFileBytes")]
    public void A_setting_that_would_expose_files_or_cannot_work_stops_the_start_up(string key, string value, string named)
    {
        var error = StartupValidation.Check(builder => builder.Services.AddDocumentStorage(builder.Configuration),
            new Dictionary<string, string?> { ["Documents:Scanner:Port"] = "3310", [key] = value });

        Assert.NotNull(error);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_start_with_no_scanner() =>
        Assert.Null(StartupValidation.Check(builder => builder.Services.AddDocumentStorage(builder.Configuration), new Dictionary<string, string?>()));
}
