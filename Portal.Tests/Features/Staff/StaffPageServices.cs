using System.Security.Claims;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

public static class StaffPageServices
{
    /// <summary>
    /// For bUnit tests of a staff page: the page's service from the test portal (its database and clock), an
    /// interactive renderer as in a live circuit, and a member of staff signed in with <paramref name="role"/>.
    /// </summary>
    public static void AddStaffPageServicesOf<TService>(this BunitContext context, StaffPortal portal, string userName, string role) where TService : class
    {
        var authorization = context.AddPortalTestServices();
        context.Services.AddSingleton(portal.Get<TService>());
        context.Services.AddSingleton<TimeProvider>(portal.Clock);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        authorization.SignIn(userName, new Claim(ClaimTypes.NameIdentifier, $"{userName}-id"), new Claim(ClaimTypes.Role, role));
    }
}
