namespace Portal.App.Features.Staff.Shared;

/// <summary>One page of audit entries, newest first; <see cref="PageIndex"/> counts from 0.</summary>
public sealed record StaffAuditResults(IReadOnlyList<StaffAuditEntry> Rows, int TotalCount, int PageIndex, int PageSize)
{
    public int PageCount => TotalCount == 0 ? 0 : (TotalCount + PageSize - 1) / PageSize;
}
