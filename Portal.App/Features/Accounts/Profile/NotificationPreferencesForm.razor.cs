using Microsoft.AspNetCore.Components;
using Portal.App.Components.Shared;
using Portal.App.Platform.Notifications;

namespace Portal.App.Features.Accounts.Profile;

/// <summary>Which emails the parent wants: each registered kind, the ones the agency must send shown ticked and fixed.</summary>
public sealed partial class NotificationPreferencesForm
{
    [Parameter, EditorRequired] public IReadOnlyList<NotificationSetting> Settings { get; set; } = [];
    [Parameter, EditorRequired] public Func<IReadOnlyDictionary<string, bool>, Task<ProfileChangeResult>> Save { get; set; } = default!;

    private Dictionary<string, bool> wanted = [];
    private bool unchanged;
    private bool busy;
    private SaveGuard saveGuard = default!;

    protected override void OnInitialized() => wanted = Settings.Where(s => !s.Topic.AlwaysOn).ToDictionary(s => s.Topic.Key, s => s.Wanted);

    private async Task SaveAsync()
    {
        busy = true;
        unchanged = false;
        try
        {
            await saveGuard.TrySaveAsync(async () => unchanged = await Save(wanted) == ProfileChangeResult.Unchanged);
        }
        finally
        {
            busy = false;
        }
    }
}
