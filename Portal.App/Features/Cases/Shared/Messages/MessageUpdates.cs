using Portal.App.Platform.Live;

namespace Portal.App.Features.Cases.Shared.Messages;

/// <summary>
/// Live updates of message threads: a parent's pages (and their menu's unread count) listen for their own threads,
/// the caseworkers' inbox for all of them.
/// </summary>
public sealed class MessageUpdates(ILiveUpdateBus bus, ILogger<MessageUpdates> logger) : LiveUpdates<MessageUpdate>(bus, logger)
{
    protected override string OwnerOf(MessageUpdate update) => update.ParentUserId;

    /// <summary>Updates of the threads of the parent <paramref name="parentUserId"/>, until disposed.</summary>
    public IDisposable SubscribeParent(string parentUserId, Func<MessageUpdate, Task> handler) => SubscribeOwner(parentUserId, handler);

    /// <summary>Updates of every thread, for the caseworkers' inbox, until disposed.</summary>
    public IDisposable SubscribeInbox(Func<MessageUpdate, Task> handler) => SubscribeAll(handler);
}
