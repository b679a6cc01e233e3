using Portal.App.Features.Staff.Audit;

namespace Portal.App.Features.Staff.Shared;

/// <summary>
/// Staff pages must never be indexed: every response under /staff says so in a header (the pages also carry the
/// robots meta tag), which covers responses that are not HTML pages too.
/// </summary>
public sealed class StaffNoIndexMiddleware(RequestDelegate next)
{
    public const string StaffPathPrefix = "/staff";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(StaffPathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
