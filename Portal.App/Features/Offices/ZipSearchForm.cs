namespace Portal.App.Features.Offices;

/// <summary>What the ZIP code search posts.</summary>
public sealed class ZipSearchForm
{
    public string? Zip { get; set; }
}
