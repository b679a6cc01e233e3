namespace Portal.App.Features.Staff.Forms;

public sealed record StaffFormResults(IReadOnlyList<StaffFormRow> Rows, int Total, int PageIndex, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
