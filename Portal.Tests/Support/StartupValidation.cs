using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Portal.Tests.Support;

/// <summary>
/// Runs the checks a host runs as it starts (every ValidateOnStart option) over one feature's registrations,
/// without starting anything: the deterministic way to test that a setting stops the start-up, and with
/// which message. (A test host that fails to start may surface the failure as a disposal race instead.)
/// </summary>
public static class StartupValidation
{
    public static OptionsValidationException? Check(Action<IHostApplicationBuilder> addFeature, IDictionary<string, string?> settings, string environment = "Production")
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment, ContentRootPath = Path.GetTempPath() });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        addFeature(builder);
        using var host = builder.Build();
        try
        {
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return null;
        }
        catch (OptionsValidationException exception)
        {
            return exception;
        }
    }
}
