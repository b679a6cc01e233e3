namespace Portal.App.Features.Staff.Search;

/// <summary>One page of search results; <see cref="PageIndex"/> counts from 0.</summary>
public sealed record StaffCaseResults(IReadOnlyList<StaffCaseResult> Rows, int TotalCount, int PageIndex, int PageSize)
{
    public static readonly StaffCaseResults Empty = new([], 0, 0, StaffCaseSearch.PageSize);

    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
