namespace Portal.Domain.Applications;

/// <summary>The application's sections, in the order the task list shows them.</summary>
public enum ApplicationSection
{
    AboutYou,
    OtherParent,
    Children,
    Income,
    CourtOrders,
    Services,
    Documents,
    Declaration,
}
