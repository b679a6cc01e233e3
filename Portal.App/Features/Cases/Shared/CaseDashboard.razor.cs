using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Portal.App.Features.Cases.Shared;

public sealed partial class CaseDashboard
{
    [Parameter, EditorRequired] public Portal.Domain.Cases.CaseNumber CaseNumber { get; set; }

    /// <summary>The signed-in parent's person id, for "your role" and "the other parent".</summary>
    [Parameter] public string? ViewerPersonId { get; set; }

    /// <summary>A caseworker looks at the case: both parents are named by role.</summary>
    [Parameter] public bool ViewerIsStaff { get; set; }

    /// <summary>The host page's authorized CSV endpoint for a case and range; no download link when null.</summary>
    [Parameter] public Func<Portal.Domain.Cases.CaseNumber, PaymentQuery, string>? ExportUrl { get; set; }

    /// <summary>The host page's authorized print view for a case and range; no link when null.</summary>
    [Parameter] public Func<Portal.Domain.Cases.CaseNumber, PaymentQuery, string>? PrintUrl { get; set; }

    /// <summary>Where a payment's tracker is, by receipt number; none when null (the tracker is the parents').</summary>
    [Parameter] public Func<string, string>? TrackerUrl { get; set; }

    private bool ViewerReceives => !ViewerIsStaff && data is not null
        && data.Parents.Any(p => p.PersonId == ViewerPersonId && p.Role == Portal.Domain.Cases.ParticipantRole.CustodialParent);

    private CaseDashboardData? data;
    // The prerender persists its data into the page (one case's dashboard per key), and the circuit that starts from
    // the page takes it instead of asking the database again, when it is still current and the feed holds no copy of its
    // own (CaseDashboardFeed.CurrentAsync). Taken, not bound with [PersistentState]: the framework would keep the
    // restored copy for the component's life, a second copy of the data in every live dashboard (~9 KB each). Only the
    // prerender registers, so a paused circuit persists none of it and a resumed one loads afresh.
    private PersistingComponentStateSubscription persisting;
    private bool loading = true;
    private Portal.Domain.Cases.CaseNumber? loadedCase;
    private IDisposable? subscription;
    private string? announcement;
    private string? highlightReceipt;
    private long? highlightActionId;
    private Guid? highlightSubmittedId;
    private ChangedFigures changedFigures;
    private int updateCount;
    private bool disposed;
    // The circuit's language: updates arrive on the publisher's thread, whose culture is not the viewer's.
    private readonly CultureInfo culture = CultureInfo.CurrentCulture;
    private readonly CultureInfo uiCulture = CultureInfo.CurrentUICulture;

    private DashboardCircuitConnection? connection;
    private CaseDashboardRefresh? pending;

    protected override void OnInitialized()
    {
        // Absent outside a circuit (prerendering, component tests): then the browser counts as connected.
        connection = Services.GetService<DashboardCircuitConnection>();
        if (connection is not null) connection.Reconnected += OnReconnected;
    }

    protected override async Task OnParametersSetAsync()
    {
        if (loadedCase == CaseNumber) return;
        loadedCase = CaseNumber;
        loading = true;
        data = null;
        announcement = highlightReceipt = null;
        highlightActionId = null;
        highlightSubmittedId = null;
        changedFigures = ChangedFigures.None;
        updateCount = 0;
        subscription?.Dispose();
        subscription = null;
        if (!RendererInfo.IsInteractive)
        {
            // Prerendering: a page of HTML, no updates to follow; its data goes with the page for the circuit.
            var prerendered = data = await Dashboards.LoadAsync(CaseNumber);
            persisting.Dispose();
            if (prerendered is not null)
            {
                persisting = PageState.RegisterOnPersisting(() =>
                {
                    PageState.PersistAsJson(PageStateKey, CaseDashboardDataSerializer.Persist(prerendered));
                    return Task.CompletedTask;
                });
            }
        }
        else
        {
            // Subscribed before asking for the data, so an update cannot fall between the two; the data is the copy
            // the case's other open dashboards show when there is one, else the prerendered one if still current.
            subscription = Feed.Subscribe(CaseNumber, OnRefreshAsync);
            var prerendered = PageState.TryTakeFromJson<System.Text.Json.JsonElement>(PageStateKey, out var json) ? CaseDashboardDataSerializer.Restore(json) : null;
            var current = await Feed.CurrentAsync(CaseNumber, prerendered);
            data ??= current; // a refresh that arrived meanwhile is at least as new
            if (data is null)
            {
                subscription?.Dispose(); // null when the dashboard was closed meanwhile
                subscription = null;
            }
        }
        loading = false;
    }

    private Task OnRefreshAsync(CaseDashboardRefresh refresh) => InvokeAsync(async () =>
    {
        try
        {
            if (disposed || refresh.Data.CaseNumber != CaseNumber) return;
            if (connection is { IsConnected: false })
            {
                // Nobody would see this render: keep the latest update for when the browser is back.
                pending = refresh;
                return;
            }
            pending = null;
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            // Only what this update changed is marked, not the whole card.
            changedFigures = data is null ? ChangedFigures.None : refresh.Data.FiguresChangedSince(data);
            data = refresh.Data;
            updateCount++;
            highlightReceipt = refresh.Update.Payment?.ReceiptNumber;
            highlightActionId = refresh.Update.Action?.Id;
            highlightSubmittedId = refresh.Update.Submitted?.Id;
            announcement = (ViewerIsStaff ? StaffAnnouncements : ParentAnnouncements).Of(refresh.Update, uiCulture.Name, this, static (update, dashboard) => dashboard.Announcement(update));
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    });

    // Written once per update, language and kind of viewer, not in each of the case's open dashboards.
    private static readonly SharedTexts<CaseUpdate, string> ParentAnnouncements = new(), StaffAnnouncements = new();

    private string Announcement(CaseUpdate update)
    {
        if (update is { Kind: CaseUpdateKind.PaymentUpdated, Payment: { } moved })
        {
            var status = ViewerReceives && moved.Status == Portal.Domain.Payments.PaymentStatus.Disbursed ? "PaymentStatus_DisbursedToYou" : $"PaymentStatus_{moved.Status}";
            return L["AnnouncePaymentMoved", DashboardFormat.Money(moved.Amount), DashboardFormat.DayAndMonth(L, moved.ReceivedOn), L[status].Value].Value;
        }
        if (update.Payment is { } payment) return L["AnnouncePayment", DashboardFormat.Money(payment.Amount), DashboardFormat.DayAndMonth(L, payment.ReceivedOn)].Value;
        // "Your case" is the parent's; a caseworker follows someone else's case.
        if (update.Submitted is { } submitted) return L["AnnounceSubmitted", DashboardFormat.Money(submitted.Amount)].Value;
        if (update.Action is { } action) return L[ViewerIsStaff ? "AnnounceActionToStaff" : "AnnounceAction", L[$"Action_{action.Type}"].Value].Value;
        return ""; // an update with neither: nothing to announce
    }

    private void OnReconnected()
    {
        if (pending is { } refresh) _ = OnRefreshAsync(refresh);
    }

    public void Dispose()
    {
        disposed = true;
        if (connection is not null) connection.Reconnected -= OnReconnected;
        subscription?.Dispose();
        subscription = null;
        persisting.Dispose();
    }

    private string PageStateKey => "case-dashboard-" + CaseNumber.Digits;
}
