using System.Globalization;
using Microsoft.AspNetCore.Components;
using Portal.App.Components.Forms;
using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

public sealed partial class OfficesPage
{
    private IReadOnlyList<FieldError> errors = [];
    private OfficeSearchResult? result;
    private IReadOnlyList<Office> allOffices = [];
    private bool locationUnusable;

    /// <summary>The ZIP the results are for; null for a search by location.</summary>
    private string? searchedZip;

    [Inject] private OfficeLocator Locator { get; set; } = default!;

    [CascadingParameter] private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "zip-search")] private ZipSearchForm Search { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "location-search")] private LocationSearchForm Location { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Search ??= new(); // a post without the fields binds null
        Location ??= new();
        // A first visit lists every office; a post is answered by its handler (which lists them too if it cannot search).
        if (!HttpMethods.IsPost(HttpContext.Request.Method)) await ListAllAsync();
    }

    private async Task ListAllAsync() => allOffices = await Locator.AllAsync(HttpContext.RequestAborted);

    private async Task SearchByZipAsync()
    {
        var zip = Search.Zip?.Trim();
        if (!ZipCode.IsWellFormed(zip))
        {
            errors = [new FieldError("zip", string.IsNullOrEmpty(zip) ? L["ZipRequired"] : L["ZipMalformed"])];
            await ListAllAsync();
            return;
        }
        searchedZip = zip;
        result = await Locator.SearchAsync(zip!, HttpContext.RequestAborted);
    }

    private async Task SearchByLocationAsync()
    {
        // The coordinates answer this one request: they are neither stored nor logged, nor put in an address.
        if (!TryReadPoint(Location, out var point))
        {
            locationUnusable = true;
            await ListAllAsync();
            return;
        }
        result = await Locator.NearAsync(point, HttpContext.RequestAborted);
    }

    private static bool TryReadPoint(LocationSearchForm form, out GeoPoint point)
    {
        point = default;
        if (!double.TryParse(form.Latitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
            || !double.TryParse(form.Longitude, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude)
            || !double.IsFinite(latitude) || !double.IsFinite(longitude) // "NaN" and "Infinity" parse too
            || latitude is < -90 or > 90 || longitude is < -180 or > 180)
        {
            return false;
        }
        point = new GeoPoint(latitude, longitude);
        return true;
    }
}
