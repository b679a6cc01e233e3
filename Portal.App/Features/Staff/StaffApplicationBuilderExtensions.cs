using Portal.App.Features.Staff.Shared;

namespace Portal.App.Features.Staff;

public static class StaffApplicationBuilderExtensions
{
    /// <summary>Adds the X-Robots-Tag header to every /staff response.</summary>
    public static IApplicationBuilder UseStaffNoIndex(this IApplicationBuilder app) => app.UseMiddleware<StaffNoIndexMiddleware>();
}
