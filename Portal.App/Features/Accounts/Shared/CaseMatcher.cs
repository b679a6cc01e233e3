using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.App.Infrastructure.Data;
using Portal.App.Infrastructure.Email;
using Portal.App.Infrastructure.Email.Templates;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.App.Features.Accounts.Shared.Emails;

namespace Portal.App.Features.Accounts.Shared;

/// <summary>
/// "Find your case": matches a person to an open IV-D case on which they are a parent, by case number, SSN
/// (through its fingerprint), date of birth, ZIP and a loosely compared address. Every failure looks the same
/// to the page; failures are rate-limited per client, and a case with many failures is held back for the clients
/// that failed on it (never for a client that has not); a parent who already has an
/// account gets an email saying someone tried to register with their details.
/// </summary>
public sealed partial class CaseMatcher(
    IDbContextFactory<PortalDbContext> dbFactory,
    ISsnFingerprinter fingerprinter,
    EmailOutbox outbox,
    IOptions<RegistrationOptions> options,
    TimeProvider time,
    ILogger<CaseMatcher> logger)
{
    private static readonly ParticipantRole[] ParentRoles = [ParticipantRole.CustodialParent, ParticipantRole.NonCustodialParent];

    public async Task<CaseMatchResult> MatchAsync(CaseMatchRequest request, string clientAddress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var clientKey = FailedMatchAttempt.ClientKeyOf(clientAddress);
        var caseNumber = request.CaseNumber.Digits;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);

        var since = now - settings.FailedMatchWindow;
        if (await db.FailedMatchAttempts.CountAsync(a => a.ClientKey == clientKey && a.AttemptedAt > since, cancellationToken) >= settings.FailedMatchesPerClient
            || await IsCaseHeldBackForAsync(db, caseNumber, clientKey, since, cancellationToken))
        {
            return NoMatch(NoMatchReason.RateLimited);
        }

        var fingerprint = fingerprinter.Fingerprint(request.Ssn);
        var candidates = await db.Participants
            .Where(p => p.SsnFingerprint == fingerprint && ParentRoles.Contains(p.Role))
            .Join(db.Cases.Where(c => c.Number == request.CaseNumber), p => p.CaseId, c => c.Id, (participant, @case) => new { participant, @case })
            .ToListAsync(cancellationToken);
        var match = candidates.FirstOrDefault(c =>
            c.participant.DateOfBirth == request.DateOfBirth
            && c.participant.Address is { } address
            && address.Zip5 == request.Zip
            && MailingAddressComparer.LooselyMatches(request.AddressLine1, request.AddressLine2, address));

        if (match is null) return await FailAsync(db, NoMatchReason.DetailsDoNotMatch, clientKey, caseNumber, now, cancellationToken);
        if (match.@case.Program == CaseProgram.NonIvD) return new CaseMatchResult.NonIvDCase();
        if (match.@case.Status == CaseStatus.Closed) return await FailAsync(db, NoMatchReason.CaseClosed, clientKey, caseNumber, now, cancellationToken);

        var parent = match.participant;
        // Only a verified account stands in the way: an abandoned, unverified one is replaced by this registration.
        var account = await db.Users.Where(u => u.PersonId == parent.PersonId && u.EmailConfirmed)
            .Select(u => new { u.Email, u.DisplayName, u.PreferredCulture }).FirstOrDefaultAsync(cancellationToken);
        if (account is { Email: { } email })
        {
            var noticeSince = now - settings.RegistrationNoticeInterval;
            var kind = RegistrationAttemptNoticeEmail.Name;
            if (!await db.OutboxMessages.AnyAsync(m => m.Kind == kind && m.ToAddress == email && m.CreatedAt > noticeSince, cancellationToken))
            {
                await outbox.QueueAsync(db, new EmailRecipient(email, account.DisplayName, account.PreferredCulture), new RegistrationAttemptNoticeEmail(account.DisplayName, now));
            }
            return await FailAsync(db, NoMatchReason.AlreadyRegistered, clientKey, caseNumber, now, cancellationToken);
        }

        return new CaseMatchResult.Matched(new MatchedParent(parent.Id, parent.PersonId, request.CaseNumber, parent.Role, parent.FirstName, parent.LastName, parent.DateOfBirth, parent.Email));
    }

    // Why not a plain per-case limit: counted over every client, five wrong guesses by a stranger would refuse the
    // real parent's correct details for the whole window. Guessing needs the SSN, date of birth, address and ZIP
    // together, and each client is already held to FailedMatchesPerClient. So once a case has had
    // FailedMatchesPerCase failures in the window it is held back only for the clients that failed on it: a client
    // with no failure on the case (the parent, typically) still gets its answer, while guessing spread over many
    // addresses drops to one try per address per window instead of FailedMatchesPerClient.
    private async Task<bool> IsCaseHeldBackForAsync(PortalDbContext db, string caseNumber, string clientKey, DateTimeOffset since, CancellationToken cancellationToken) =>
        await db.FailedMatchAttempts.AnyAsync(a => a.CaseNumber == caseNumber && a.ClientKey == clientKey && a.AttemptedAt > since, cancellationToken)
        && await db.FailedMatchAttempts.CountAsync(a => a.CaseNumber == caseNumber && a.AttemptedAt > since, cancellationToken) >= options.Value.FailedMatchesPerCase;

    private async Task<CaseMatchResult> FailAsync(PortalDbContext db, NoMatchReason reason, string clientKey, string caseNumber, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Attempts older than the window no longer count for anyone.
        var expired = now - options.Value.FailedMatchWindow;
        await db.FailedMatchAttempts.Where(a => a.AttemptedAt <= expired).ExecuteDeleteAsync(cancellationToken);
        db.FailedMatchAttempts.Add(new FailedMatchAttempt(clientKey, caseNumber, now));
        await db.SaveChangesAsync(cancellationToken);
        return NoMatch(reason);
    }

    private CaseMatchResult.NoMatch NoMatch(NoMatchReason reason)
    {
        LogNoMatch(reason);
        return new CaseMatchResult.NoMatch(reason);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A registration did not match a case: {Reason}")]
    private partial void LogNoMatch(NoMatchReason reason);
}
