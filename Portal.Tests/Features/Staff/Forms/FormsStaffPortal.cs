using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Forms;
using Portal.App.Infrastructure.Identity;
using Portal.Domain;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>A parent who signs forms in the staff forms tests: their case, account, session and the name they sign with.</summary>
public sealed record FormSigner(CaseNumber Case, PortalUser Account, ClaimsPrincipal User, string Name, string OfficeCode);

/// <summary>
/// The staff test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona) with forms signed the way parents sign
/// them: through <see cref="ParentForms.SubmitAsync"/>, as seeded parents with accounts.
/// </summary>
public sealed class FormsStaffPortal : IDisposable
{
    public const string RoutingNumber = "011000015";
    public const string AccountNumber = "123456789012";

    public StaffPortal Staff { get; } = new();

    public StaffForms Forms => Staff.Get<StaffForms>();

    /// <summary>The next seeded parent (of the role, and on a case with an order in effect, when asked), with an account, signed in.</summary>
    public async Task<FormSigner> ParentAsync(ParticipantRole? role = null, bool withOrder = false)
    {
        var today = ArizonaTime.Today(Staff.Clock);
        while (true)
        {
            var (caseNumber, personId) = Staff.NextParent();
            await using var db = await Staff.DbAsync();
            var onCase = await (from p in db.Participants
                                join c in db.Cases on p.CaseId equals c.Id
                                where c.Number == caseNumber && p.PersonId == personId
                                select new { p.Role, p.FirstName, p.LastName, CaseId = c.Id, c.OfficeCode }).SingleAsync();
            if (role is { } wanted && onCase.Role != wanted) continue;
            if (withOrder && !(await db.SupportOrders.Where(o => o.CaseId == onCase.CaseId).ToListAsync()).Any(o => o.IsInEffectOn(today))) continue;
            var account = await TestAccounts.CreateActivatedAsync(Staff.App.Services, "parent." + personId.ToLowerInvariant(), personId);
            var user = await TestSessions.StartAsync(Staff.App.Services, account.UserName!, Staff.Clock.GetUtcNow());
            return new FormSigner(caseNumber, account, user, $"{onCase.FirstName} {onCase.LastName}", onCase.OfficeCode);
        }
    }

    /// <summary>Fills in and signs the form as the parent would; its id.</summary>
    public async Task<Guid> SignAsync(FormSigner signer, FormKind kind)
    {
        await using var scope = Staff.App.Services.CreateAsyncScope();
        var parentForms = scope.ServiceProvider.GetRequiredService<ParentForms>();
        var session = await parentForms.OpenAsync(signer.User, kind, signer.Case.Digits) ?? throw new InvalidOperationException($"{kind} is not open to this parent");
        var answers = session.Answers;
        switch (kind)
        {
            case FormKind.CaseClosure:
                answers.ClosureReason = session.Reasons[0];
                answers.UnderstandsClosure = true;
                break;
            case FormKind.PaymentAuthorization:
                answers.RoutingNumber = RoutingNumber;
                session.AccountNumber = session.AccountNumberAgain = AccountNumber;
                answers.AccountType = BankAccountType.Checking;
                answers.Frequency = DebitFrequency.Monthly;
                answers.FirstDebitOn = PaymentAuthorizationRules.EarliestStart(session.Today);
                break;
            case FormKind.AddressChange:
                (answers.Line1, answers.City, answers.State, answers.Zip) = ("100 N 1st Ave", "Phoenix", "AZ", "85003");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
        var result = await parentForms.SubmitAsync(signer.User, session, new FormSignatureEntry { Consented = true, Name = signer.Name, Attested = true });
        return Assert.IsType<FormSubmitResult.Submitted>(result).FormId;
    }

    /// <summary>The form as the parent's own page reads it.</summary>
    public async Task<SignedFormView> ParentViewAsync(FormSigner signer, Guid id)
    {
        await using var scope = Staff.App.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ParentForms>().ViewAsync(signer.User, id))!;
    }

    /// <summary>The queue's rows for these forms only, in the queue's order (the test database holds other tests' forms too).</summary>
    public async Task<IReadOnlyList<StaffFormRow>> QueueAsync(ClaimsPrincipal user, StaffFormFilter filter, params Guid[] ids)
    {
        List<StaffFormRow> rows = [];
        for (var page = 0; ; page++)
        {
            var results = await Forms.SearchAsync(user, filter, page);
            rows.AddRange(results.Rows.Where(r => ids.Contains(r.Id)));
            if (page + 1 >= results.PageCount) return rows;
        }
    }

    public void Dispose() => Staff.Dispose();
}
