using System.Globalization;
using Microsoft.AspNetCore.Components;
using Portal.Domain.Payments;

namespace Portal.App.Features.Cases.Shared;

public sealed partial class PaymentHistoryGrid
{
    [Parameter, EditorRequired] public Portal.Domain.Cases.CaseNumber CaseNumber { get; set; }

    /// <summary>
    /// The default page (newest first, no range) already loaded with the dashboard. While the table shows that
    /// page it takes its rows from here, so opening a dashboard and live updates cost no query of its own.
    /// </summary>
    [Parameter] public PaymentPage? FirstPage { get; set; }

    /// <summary>The receipt number of a payment that just arrived, highlighted briefly.</summary>
    [Parameter] public string? HighlightReceipt { get; set; }

    /// <summary>Where "Download CSV" points for the range shown; no link when null (each host page maps its own authorized endpoint).</summary>
    [Parameter] public Func<PaymentQuery, string>? ExportUrl { get; set; }

    /// <summary>Where the print-friendly view of the range shown is; no link when null.</summary>
    [Parameter] public Func<PaymentQuery, string>? PrintUrl { get; set; }

    /// <summary>Where a payment's tracker is, by receipt number; the receipt is plain text when null (staff).</summary>
    [Parameter] public Func<string, string>? TrackerUrl { get; set; }

    /// <summary>The viewer is the parent the money is sent to: a payment sent on reads "Sent to you".</summary>
    [Parameter] public bool ViewerReceives { get; set; }

    // Resource keys built once, not per cell and render.
    private static readonly string[] SourceKeys = KeysOf<PaymentSource>("Source_");
    private static readonly string[] StatusKeys = KeysOf<PaymentStatus>("PaymentStatus_");
    private static readonly string[] ReceiverStatusKeys = [.. StatusKeys.Select(k => k == "PaymentStatus_Disbursed" ? "PaymentStatus_DisbursedToYou" : k)];

    private PaymentQuery query = PaymentQuery.Default;
    private IReadOnlyList<PaymentRow> rows = [];
    private int count;
    private Money total = Money.Zero;
    private bool loading = true;
    private PaymentPage? shownFirstPage;
    private Portal.Domain.Cases.CaseNumber shownCase;
    private string? shownHighlight;
    private bool shownLinks;
    // Built when the range or the case changes, not at each render: each live update renders every open dashboard.
    private string? exportHref;
    private string? printHref;
    private PaymentQuery? linkedQuery;
    // False only while a host re-render handed us nothing new: a live update of the summary or the actions
    // then costs this table no render at all.
    private bool renderWanted = true;

    private int PageNumber => query.Skip / query.Take + 1;

    private int PageCount => Math.Max(1, (count + query.Take - 1) / query.Take);

    protected override bool ShouldRender()
    {
        var wanted = renderWanted;
        renderWanted = true;
        return wanted;
    }

    protected override async Task OnParametersSetAsync()
    {
        var links = ExportUrl is not null || PrintUrl is not null;
        var changed = HighlightReceipt != shownHighlight || links != shownLinks;
        shownHighlight = HighlightReceipt;
        if (links != shownLinks) linkedQuery = null;
        shownLinks = links;
        if (shownCase != CaseNumber)
        {
            shownCase = CaseNumber;
            linkedQuery = null;
            query = PaymentQuery.Default;
            changed = true;
            await ShowAsync(query);
        }
        else if (!ReferenceEquals(shownFirstPage, FirstPage))
        {
            // A live update: the default page comes with it; any other view asks again.
            changed |= await ShowAsync(query);
        }
        RefreshLinks();
        renderWanted = changed;
    }

    private void RefreshLinks()
    {
        if (linkedQuery == query) return;
        linkedQuery = query;
        exportHref = ExportUrl?.Invoke(query);
        printHref = PrintUrl?.Invoke(query);
    }

    /// <summary>Shows a page; false when it is exactly what is shown already.</summary>
    private async Task<bool> ShowAsync(PaymentQuery wanted)
    {
        shownFirstPage = FirstPage;
        PaymentPage? page;
        if (wanted.IsDefault && FirstPage is not null)
        {
            page = FirstPage;
        }
        else
        {
            loading = true;
            page = await Dashboards.LoadPaymentsAsync(CaseNumber, wanted) ?? PaymentPage.Empty(wanted);
        }
        var same = !loading && query == wanted && count == page.TotalCount && total == page.TotalAmount && rows.SequenceEqual(page.Rows);
        query = wanted;
        RefreshLinks();
        rows = page.Rows;
        count = page.TotalCount;
        total = page.TotalAmount;
        loading = false;
        return !same;
    }

    private Task<bool> PreviousPageAsync() => ShowAsync(query with { Skip = Math.Max(0, query.Skip - query.Take) });

    private Task<bool> NextPageAsync() => ShowAsync(query with { Skip = query.Skip + query.Take });

    private Task<bool> SortByReceivedOnAsync() => SortByAsync(PaymentSort.ReceivedOn);

    private Task<bool> SortByAmountAsync() => SortByAsync(PaymentSort.Amount);

    private Task<bool> SortBySourceAsync() => SortByAsync(PaymentSort.Source);

    private Task<bool> SortByStatusAsync() => SortByAsync(PaymentSort.Status);

    /// <summary>The column sorted already turns around; another starts newest (dates) or smallest first.</summary>
    private Task<bool> SortByAsync(PaymentSort column)
    {
        var descending = query.Sort == column ? !query.Descending : column == PaymentSort.ReceivedOn;
        return ShowAsync(query with { Sort = column, Descending = descending, Skip = 0 });
    }

    // Both enums number their members 0, 1, 2... in order, so a member's value is its index here.
    private static string[] KeysOf<TEnum>(string prefix) where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => prefix + v)];

    private string? AriaSort(PaymentSort column) =>
        query.Sort != column ? null : query.Descending ? "descending" : "ascending";

    /// <summary>The column names as CSS strings (--label-1...), for the cell labels of the phone layout; one string per language.</summary>
    private string ColumnLabels() => columnLabels ??= ColumnLabelStyles.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ => string.Concat(
        ColumnKeys.Select((key, i) => $"--label-{i + 1}:{DashboardFormat.CssString(L[key].Value)};")));

    private static readonly string[] ColumnKeys = ["ColumnReceivedOn", "ColumnAmount", "ColumnSource", "ColumnStatus", "ColumnReceipt"];
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> ColumnLabelStyles = new();
    private string? columnLabels;

    private Task<bool> ApplyRangeAsync(PaymentRange range) => ShowAsync(query with { From = range.From, To = range.To, Skip = 0 });

    private Task<bool> ClearRangeAsync() => ShowAsync(query with { From = null, To = null, Skip = 0 });
}
