using Portal.App.Platform.Live;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>A signed form was submitted or changed status: ids only.</summary>
public sealed record FormUpdate(Guid FormId, string ParentUserId);

/// <summary>Live updates of signed forms: a parent's form pages listen for their own, the staff queue for all.</summary>
public sealed class FormUpdates(ILiveUpdateBus bus, ILogger<FormUpdates> logger) : LiveUpdates<FormUpdate>(bus, logger)
{
    protected override string OwnerOf(FormUpdate update) => update.ParentUserId;
}
