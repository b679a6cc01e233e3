using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Shared.Payments;
using Portal.App.Infrastructure.Data;
using Portal.Domain.Cases;

namespace Portal.App.Features.Cases.Shared;

/// <summary>
/// A <see cref="CaseUpdate"/> as it travels to the portal's other instances: ids only (the case, the kind, the record's
/// id). The instance that receives it reads the record back (<see cref="ReadAsync"/>), so its dashboards announce and
/// highlight it exactly as the publisher's do.
/// </summary>
public sealed record CaseUpdateSignal(string Case, CaseUpdateKind Kind, DateTimeOffset At, string Record)
{
    public static CaseUpdateSignal From(CaseUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var record = update.Payment?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? update.Action?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ?? update.Submitted?.Id.ToString()
            ?? throw new ArgumentException($"A {update.Kind} update names no record.", nameof(update));
        return new(update.CaseNumber.Digits, update.Kind, update.RecordedAt, record);
    }

    /// <summary>The update with its record as it is now, or null when the record is not on this case (any more). One query.</summary>
    public async Task<CaseUpdate?> ReadAsync(PortalDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!CaseNumber.TryParse(Case, out var caseNumber)) return null;
        var onCase = db.Cases.Where(c => c.Number == caseNumber).Select(c => c.Id);
        switch (Kind)
        {
            case CaseUpdateKind.PaymentRecorded or CaseUpdateKind.PaymentUpdated when long.TryParse(Record, out var paymentId):
                var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == paymentId && onCase.Contains(p.CaseId), ct);
                return payment is null ? null : new CaseUpdate(caseNumber, Kind, At) { Payment = PaymentRow.From(payment) };
            case CaseUpdateKind.CaseActionRecorded when long.TryParse(Record, out var actionId):
                var action = await db.CaseActions.AsNoTracking().SingleOrDefaultAsync(a => a.Id == actionId && onCase.Contains(a.CaseId), ct);
                return action is null ? null : CaseUpdate.CaseActionRecorded(caseNumber, action, At);
            case CaseUpdateKind.OnlinePaymentSubmitted when Guid.TryParse(Record, out var onlineId):
                var online = await db.OnlinePayments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == onlineId && p.CaseNumber == caseNumber, ct);
                return online is null ? null : CaseUpdate.OnlinePaymentSubmitted(caseNumber, OnlinePayments.Submitted(online), At);
            default:
                return null;
        }
    }
}
