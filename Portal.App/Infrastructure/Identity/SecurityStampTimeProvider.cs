using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Identity;

/// <summary>The cookie's security-stamp check reads the app's clock, so tests can move time past its interval.</summary>
public sealed class SecurityStampTimeProvider(TimeProvider time) : IPostConfigureOptions<SecurityStampValidatorOptions>
{
    public void PostConfigure(string? name, SecurityStampValidatorOptions options) => options.TimeProvider = time;
}
