using Portal.App.Platform.Live;

namespace Portal.App.Features.Cases.Shared.Applications;

/// <summary>An application moved (submitted, opened, asked about, answered, decided, its case linked): ids only.</summary>
public sealed record ApplicationUpdate(Guid ApplicationId, string ApplicantUserId);

/// <summary>Live updates of applications: the applicant's pages listen for their own, the staff queue and an open application for all.</summary>
public sealed class ApplicationUpdates(ILiveUpdateBus bus, ILogger<ApplicationUpdates> logger) : LiveUpdates<ApplicationUpdate>(bus, logger)
{
    protected override string OwnerOf(ApplicationUpdate update) => update.ApplicantUserId;
}
