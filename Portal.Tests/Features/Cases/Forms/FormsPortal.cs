using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Infrastructure.Identity;
using Portal.App.Platform.Session;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Features.Staff;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Cases.Forms;

/// <summary>
/// The staff test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona) with the steps form tests share: parents
/// of either role, signed in, and their <see cref="ParentForms"/> in a scope of their own (as a circuit has), from a
/// known client address.
/// </summary>
public sealed class FormsPortal : IDisposable
{
    public const string ClientIp = "203.0.113.7";

    /// <summary>The portal's address as the parent's browser has it: the receipt links into it.</summary>
    public static readonly Uri SiteBase = new("https://portal.example.gov/");

    private readonly List<IServiceScope> scopes = [];

    public StaffPortal Staff { get; } = new();

    /// <summary>A parent with an account on a seeded case where they have <paramref name="role"/>, signed in.</summary>
    public async Task<SignedInParent> ParentAsync(ParticipantRole role = ParticipantRole.CustodialParent, bool withOrderInEffect = false, string culture = "en-US")
    {
        var today = Portal.Domain.ArizonaTime.Today(Staff.Clock);
        while (true)
        {
            var (caseNumber, personId) = Staff.NextParent();
            await using var db = await Staff.DbAsync();
            var onCase = await (from p in db.Participants
                                join c in db.Cases on p.CaseId equals c.Id
                                where p.PersonId == personId && c.Number == caseNumber
                                select new { p.Role, p.FirstName, p.LastName, c.Id, c.Program, c.Status }).SingleAsync();
            if (onCase.Role != role || onCase.Program != CaseProgram.IvD || onCase.Status != CaseStatus.Open) continue;
            if (withOrderInEffect && !(await db.SupportOrders.Where(o => o.CaseId == onCase.Id).ToListAsync()).Any(o => o.IsInEffectOn(today))) continue;
            var account = await TestAccounts.CreateActivatedAsync(Staff.App.Services, "parent." + personId.ToLowerInvariant(), personId);
            if (culture != "en-US") await Staff.UpdateAsync(account.Id, u => u.PreferredCulture = culture);
            var user = await TestSessions.StartAsync(Staff.App.Services, account.UserName!, Staff.Clock.GetUtcNow());
            return new SignedInParent(caseNumber, account, user, onCase.FirstName, onCase.LastName, FormsFor());
        }
    }

    /// <summary>The parent's service as a circuit gets it: its own scope, the browser's address captured.</summary>
    public ParentForms FormsFor()
    {
        var scope = Staff.App.Services.CreateScope();
        scopes.Add(scope);
        scope.ServiceProvider.GetRequiredService<ClientAddress>().Value = ClientIp;
        return scope.ServiceProvider.GetRequiredService<ParentForms>();
    }

    /// <summary>Opens the form, fills it in with <paramref name="fill"/>, and signs it with the parent's own name.</summary>
    public static async Task<FormSubmitResult> SignAsync(SignedInParent parent, FormKind kind, Action<FormSession> fill, string? signedName = null)
    {
        var session = await parent.Forms.OpenAsync(parent.User, kind, parent.Case.Digits);
        Assert.NotNull(session);
        fill(session);
        return await parent.Forms.SubmitAsync(parent.User, session, new FormSignatureEntry
        {
            Consented = true,
            Attested = true,
            Name = signedName ?? $"{parent.FirstName} {parent.LastName}",
        }, SiteBase);
    }

    public static void CloseCase(FormSession session, CaseClosureReason reason = CaseClosureReason.NoCurrentOrderLittleOwed)
    {
        session.Answers.ClosureReason = reason;
        session.Answers.UnderstandsClosure = true;
    }

    public const string AccountNumber = "9876543210123";

    public static void AuthorizeDebits(FormSession session, string accountNumber = AccountNumber)
    {
        session.Answers.RoutingNumber = "122105155";
        session.AccountNumber = accountNumber;
        session.AccountNumberAgain = accountNumber;
        session.Answers.AccountType = BankAccountType.Checking;
        session.Answers.Frequency = DebitFrequency.TwiceMonthly;
        session.Answers.FirstDebitOn = PaymentAuthorizationRules.EarliestStart(session.Today);
    }

    public async Task<SignedForm> FormAsync(Guid id)
    {
        await using var db = await Staff.DbAsync();
        return await db.SignedForms.AsNoTracking().SingleAsync(f => f.Id == id);
    }

    /// <summary>Moves a form as a caseworker would (through the shared store), and saves.</summary>
    public async Task MoveAsync(Guid id, params FormStatus[] statuses)
    {
        await using var db = await Staff.DbAsync();
        var form = await db.SignedForms.SingleAsync(f => f.Id == id);
        foreach (var status in statuses) Assert.True(await Staff.Get<SignedForms>().MoveAsync(db, form, status, Staff.Clock.GetUtcNow(), null, "Checked with the case.", default));
        await db.SaveChangesAsync();
    }

    public void Dispose()
    {
        foreach (var scope in scopes) scope.Dispose();
        Staff.Dispose();
    }
}

public sealed record SignedInParent(CaseNumber Case, PortalUser Account, ClaimsPrincipal User, string FirstName, string LastName, ParentForms Forms);
