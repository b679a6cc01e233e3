using Microsoft.Extensions.Options;

namespace Portal.App.Infrastructure.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Document storage (an encrypted folder) and the virus scanner (clamd when Documents:Scanner:Port is set).</summary>
    public static IServiceCollection AddDocumentStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DocumentsOptions>().BindConfiguration(DocumentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<DocumentsOptions>, DocumentsOptionsValidator>();
        services.AddSingleton<IDocumentStorage, FolderDocumentStorage>();
        services.AddSingleton<DocumentCipher>();
        var scanner = configuration.GetSection(DocumentsOptions.Section).Get<DocumentsOptions>()?.Scanner ?? new();
        if (scanner.Enabled) services.AddSingleton<IDocumentScanner, ClamdScanner>();
        else services.AddSingleton<IDocumentScanner, NoDocumentScanner>();
        return services;
    }
}
