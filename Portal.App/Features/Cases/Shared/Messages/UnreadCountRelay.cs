using System.Globalization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// Keeps the static menu's unread count (<see cref="UnreadMessagesLink"/>) current while a parent has an interactive
/// page open: one listener per circuit, which writes the new count into the menu through the page's script. An
/// interactive island in the menu would do the same at the cost of a root component in every parent's circuit (about
/// 4 KB on each live dashboard, over its budget); this is a scoped object and a subscription.
/// </summary>
public sealed partial class UnreadCountRelay(
    AuthenticationStateProvider authentication,
    MessageUpdates updates,
    UnreadMessages unread,
    IJSRuntime js,
    IStringLocalizer<MessageText> text,
    ILogger<UnreadCountRelay> logger) : CircuitHandler, IDisposable
{
    private IDisposable? subscription;

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (subscription is not null) return;
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (ParentCaseAccess.ParentOf(user) is not (string userId, _)) return;
        // Updates arrive on the writer's thread, in the writer's language: the menu speaks the circuit's.
        var culture = CultureInfo.CurrentUICulture;
        subscription = updates.SubscribeParent(userId, async _ =>
        {
            CultureInfo.CurrentUICulture = culture;
            var count = await unread.CountAsync(user);
            try
            {
                await js.InvokeVoidAsync("portal.showUnreadCount", count, text["MenuUnread", count].Value);
            }
            catch (Exception ex) when (ex is JSDisconnectedException or JSException or TaskCanceledException)
            {
                // The browser is away or reloading: its next page is rendered with the count from the database.
                LogNotShown(logger, ex);
            }
        });
    }

    public void Dispose() => subscription?.Dispose();

    [LoggerMessage(Level = LogLevel.Debug, Message = "The unread count could not be shown in the browser")]
    private static partial void LogNotShown(ILogger logger, Exception exception);
}
