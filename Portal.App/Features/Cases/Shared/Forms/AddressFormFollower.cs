using Microsoft.EntityFrameworkCore;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Shared.Forms;

/// <summary>
/// A signed change of address travels as the profile's address change does, so its status follows that one change:
/// received once it is written for the case system, completed when the case system accepts it, not approved (with the
/// case system's reason) when it refuses. The profile and the form thus show one change and one answer.
/// </summary>
public sealed class AddressFormFollower(IDbContextFactory<PortalDbContext> dbFactory, SignedForms forms, FormUpdates updates) : ICaseSystemChangeListener
{
    public Task SentAsync(Guid changeId, DateTimeOffset at, CancellationToken ct) =>
        FollowAsync(changeId, [FormStatus.Received], null, at, ct);

    public Task AnsweredAsync(Guid changeId, bool accepted, string? reason, DateTimeOffset at, CancellationToken ct) =>
        FollowAsync(changeId, [FormStatus.Received, accepted ? FormStatus.Completed : FormStatus.NotApproved], reason, at, ct);

    private async Task FollowAsync(Guid changeId, FormStatus[] steps, string? reason, DateTimeOffset at, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var following = await db.SignedForms.Where(f => f.Kind == FormKind.AddressChange && f.RelatedId == changeId
            && f.Status != FormStatus.Completed && f.Status != FormStatus.NotApproved).ToListAsync(ct);
        var moved = new List<SignedForm>();
        foreach (var form in following)
        {
            foreach (var step in steps)
            {
                if (form.Status != step && await forms.MoveAsync(db, form, step, at, null, reason, ct) && !moved.Contains(form)) moved.Add(form);
            }
        }
        if (moved.Count == 0) return;
        await db.SaveChangesAsync(ct);
        foreach (var form in moved) await updates.PublishAsync(new FormUpdate(form.Id, form.UserId));
    }
}
