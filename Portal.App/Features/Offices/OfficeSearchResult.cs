using Portal.Domain.Offices;

namespace Portal.App.Features.Offices;

/// <summary>What a search for the nearest office found.</summary>
public abstract record OfficeSearchResult
{
    private OfficeSearchResult()
    {
    }

    /// <summary>Every office, nearest first, with its straight-line distance.</summary>
    public sealed record Ranked(IReadOnlyList<OfficeDistance> Offices) : OfficeSearchResult;

    /// <summary>A ZIP code of another state: every office, by name.</summary>
    public sealed record NotInArizona(IReadOnlyList<Office> Offices) : OfficeSearchResult;

    /// <summary>An Arizona-looking ZIP code with no known centre (a PO-box-only ZIP, or one that does not exist): every office, by name.</summary>
    public sealed record UnknownZip(IReadOnlyList<Office> Offices) : OfficeSearchResult;
}
