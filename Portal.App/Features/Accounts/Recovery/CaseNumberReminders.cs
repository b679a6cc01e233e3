using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Recovery.Emails;

namespace Portal.App.Features.Accounts.Recovery;

/// <summary>
/// "Forgot case number": matches SSN (by fingerprint), date of birth, ZIP and a loosely equal mailing address
/// to a parent's participant record, the way registration's <see cref="CaseMatcher"/> does, and emails the
/// case number to that parent's account, if they have an activated one. The case number is never shown on
/// screen, and the page answers the same whatever happened, so every lookup (not only failures) counts
/// against the client's limit.
/// </summary>
public sealed partial class CaseNumberReminders(
    IDbContextFactory<PortalDbContext> dbFactory,
    ISsnFingerprinter fingerprinter,
    EmailOutbox outbox,
    IOptions<RecoveryOptions> options,
    TimeProvider time,
    ILogger<CaseNumberReminders> logger)
{
    private static readonly ParticipantRole[] ParentRoles = [ParticipantRole.CustodialParent, ParticipantRole.NonCustodialParent];

    public async Task<CaseNumberLookupResult> SendAsync(CaseNumberLookupRequest request, string clientAddress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var clientKey = FailedMatchAttempt.ClientKeyOf(clientAddress);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = now - settings.CaseNumberLookupWindow;
        // Old lookups go first, outside the count: a delete of every client's rows would make each lookup overlap all others.
        await db.CaseNumberLookups.Where(l => l.LookedUpAt <= since).ExecuteDeleteAsync(cancellationToken);
        return Logged(await db.InWriterTransactionAsync(async () =>
        {
            if (await db.CaseNumberLookups.CountAsync(l => l.ClientKey == clientKey && l.LookedUpAt > since, cancellationToken) >= settings.CaseNumberLookupsPerClient) return CaseNumberLookupResult.RateLimited;
            db.CaseNumberLookups.Add(new CaseNumberLookup(clientKey, now));

            var fingerprint = fingerprinter.Fingerprint(request.Ssn);
            var candidates = await db.Participants
                .Where(p => p.SsnFingerprint == fingerprint && ParentRoles.Contains(p.Role))
                .Join(db.Cases, p => p.CaseId, c => c.Id, (participant, @case) => new { participant, @case.Number })
                .ToListAsync(cancellationToken);
            var matches = candidates.Where(c =>
                c.participant.DateOfBirth == request.DateOfBirth
                && c.participant.Address is { } address
                && address.Zip5 == request.Zip
                && MailingAddressComparer.LooselyMatches(request.AddressLine1, request.AddressLine2, address)).ToList();

            var emailed = 0;
            foreach (var match in matches.DistinctBy(m => (m.participant.PersonId, m.Number)))
            {
                var personId = match.participant.PersonId;
                var account = await db.Users.Where(u => u.PersonId == personId && u.ActivatedAt != null && u.Email != null)
                    .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).FirstOrDefaultAsync(cancellationToken);
                if (account is null) continue;
                await outbox.QueueAsync(db, new EmailRecipient(account.Email!, account.DisplayName, account.PreferredCulture), new CaseNumberReminderEmail(account.DisplayName, match.Number.Digits));
                emailed++;
            }
            await db.SaveChangesAsync(cancellationToken);
            return emailed > 0 ? CaseNumberLookupResult.Emailed : CaseNumberLookupResult.NoRegisteredMatch;
        }, cancellationToken));
    }

    private CaseNumberLookupResult Logged(CaseNumberLookupResult outcome)
    {
        LogOutcome(outcome);
        return outcome;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Forgot case number: {Outcome}")]
    private partial void LogOutcome(CaseNumberLookupResult outcome);
}
