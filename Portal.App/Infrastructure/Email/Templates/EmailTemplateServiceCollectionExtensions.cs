namespace Portal.App.Infrastructure.Email.Templates;

public static class EmailTemplateServiceCollectionExtensions
{
    /// <summary>
    /// The <see cref="EmailRenderer"/> that turns a message kind into its HTML and plain-text bodies in the
    /// recipient's language. Needs AddLocalization() and logging, which the app registers already.
    /// </summary>
    public static IServiceCollection AddEmailTemplates(this IServiceCollection services)
    {
        services.AddSingleton<EmailRenderer>();
        return services;
    }
}
