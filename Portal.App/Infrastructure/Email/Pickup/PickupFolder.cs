using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Email.Pickup;

/// <summary>The pickup folder's full path, resolved once against the content root.</summary>
public sealed class PickupFolder(IOptions<PickupOptions> options, IHostEnvironment environment)
{
    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public string FileOf(Guid messageId) => System.IO.Path.Combine(Path, $"{messageId:N}.eml");
}
