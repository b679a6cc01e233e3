using Portal.Domain.Applications;

namespace Portal.App.Features.Applications;

/// <summary>The applicant's addresses: the task list, and one page per section.</summary>
public static class ApplicationLinks
{
    public const string TaskList = "/apply";

    public static string Section(ApplicationSection section) => $"/apply/{Slug(section)}";

    public static string Slug(ApplicationSection section) => section switch
    {
        ApplicationSection.AboutYou => "about-you",
        ApplicationSection.OtherParent => "other-parent",
        ApplicationSection.Children => "children",
        ApplicationSection.Income => "income",
        ApplicationSection.CourtOrders => "court-orders",
        ApplicationSection.Services => "services",
        ApplicationSection.Documents => "documents",
        _ => "declaration",
    };

    public static ApplicationSection? FromSlug(string? slug) =>
        Enum.GetValues<ApplicationSection>().Cast<ApplicationSection?>().FirstOrDefault(s => Slug(s!.Value) == slug);
}
