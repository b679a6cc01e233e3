using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Portal.App.Features.Cases.Shared.Messages;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.Identity;
using Portal.Domain.Messages;

namespace Portal.App.Features.Staff.Inbox;

/// <summary>/staff/messages: parents' threads, oldest due first, filtered, and kept current as parents write.</summary>
public sealed partial class StaffInboxPage
{
    private InboxAssignment assignment;
    private string? officeCode;
    private MessageTopic? topic;
    private string? caseNumber;
    private bool overdueOnly;
    private bool includeClosed;
    private InboxFilter filter = InboxFilter.Default;
    private InboxPage? page;
    private InboxCounts? counts;
    private IReadOnlyList<StaffOffice> offices = [];
    private bool busy;
    private bool arrived;

    [Inject] private StaffInbox Inbox { get; set; } = default!;
    [Inject] private StaffDirectory Directory { get; set; } = default!;
    [Inject] private IStringLocalizer<StaffText> S { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    /// <summary>The staff case page links here with its case number.</summary>
    [SupplyParameterFromQuery(Name = "case")] public string? CaseFromLink { get; set; }

    protected override async Task OnInitializedAsync()
    {
        caseNumber = CaseFromLink;
        filter = Filter();
        var user = (await AuthenticationState).User;
        offices = await Directory.OfficesAsync(user);
        await LoadAsync(0);
    }

    private async Task FilterAsync()
    {
        filter = Filter();
        arrived = false;
        await LoadAsync(0);
    }

    private Task GoToAsync(int pageIndex) => LoadAsync(pageIndex);

    private async Task OnUpdateAsync(MessageUpdate update)
    {
        var before = page?.Total ?? 0;
        await LoadAsync(page?.PageIndex ?? 0);
        arrived = (page?.Total ?? 0) > before;
    }

    private async Task LoadAsync(int pageIndex)
    {
        busy = true;
        try
        {
            var user = (await AuthenticationState).User;
            page = await Inbox.SearchAsync(user, filter, pageIndex);
            counts = user.IsInRole(PortalRoles.Supervisor) ? await Inbox.CountsAsync(user) : null;
        }
        finally
        {
            busy = false;
        }
    }

    private InboxFilter Filter() => new(assignment, overdueOnly, officeCode, topic, caseNumber, includeClosed);

    private string Duration(TimeSpan? duration) => duration switch
    {
        null => L["NoReplies"],
        { TotalHours: < 48 } d => L["Hours", d.TotalHours.ToString("0.#", CultureInfo.CurrentCulture)],
        { } d => L["Days", d.TotalDays.ToString("0.#", CultureInfo.CurrentCulture)],
    };
}
