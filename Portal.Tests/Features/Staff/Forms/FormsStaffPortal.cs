using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Cases.Forms;
using Portal.App.Features.Cases.Shared.Forms;
using Portal.App.Features.Staff.Forms;
using Portal.App.Features.Staff.Shared;
using Portal.Domain.Cases;
using Portal.Domain.Forms;
using Portal.Tests.Features.Cases.Forms;

namespace Portal.Tests.Features.Staff.Forms;

/// <summary>
/// The forms test portal (seeded, clock at Sunday 2026-11-22 10:00 in Arizona) seen from the staff side: forms signed
/// the way parents sign them (<see cref="FormsPortal"/>: ParentForms.SubmitAsync as seeded parents), and the queue.
/// </summary>
public sealed class FormsStaffPortal : IDisposable
{
    public FormsPortal Parents { get; } = new();

    public StaffPortal Staff => Parents.Staff;

    public StaffForms Forms => Staff.Get<StaffForms>();

    public Task<SignedInParent> ParentAsync(ParticipantRole role = ParticipantRole.CustodialParent, bool withOrderInEffect = false) =>
        Parents.ParentAsync(role, withOrderInEffect);

    /// <summary>Fills in and signs the form as the parent would; its id.</summary>
    public static async Task<Guid> SignAsync(SignedInParent parent, FormKind kind)
    {
        var result = await FormsPortal.SignAsync(parent, kind, session =>
        {
            switch (kind)
            {
                case FormKind.CaseClosure:
                    FormsPortal.CloseCase(session);
                    break;
                case FormKind.PaymentAuthorization:
                    FormsPortal.AuthorizeDebits(session);
                    break;
                case FormKind.AddressChange:
                    (session.Answers.Line1, session.Answers.City, session.Answers.State, session.Answers.Zip) = ("100 N 1st Ave", "Phoenix", "AZ", "85003");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind));
            }
        });
        return Assert.IsType<FormSubmitResult.Submitted>(result).FormId;
    }

    /// <summary>The form as the parent's own page reads it.</summary>
    public static async Task<SignedFormView> ParentViewAsync(SignedInParent parent, Guid id) => (await parent.Forms.ViewAsync(parent.User, id))!;

    public static string NameOf(SignedInParent parent) => $"{parent.FirstName} {parent.LastName}";

    public async Task<string> OfficeOfAsync(CaseNumber caseNumber)
    {
        await using var db = await Staff.DbAsync();
        return await db.Cases.Where(c => c.Number == caseNumber).Select(c => c.OfficeCode).SingleAsync();
    }

    /// <summary>
    /// For bUnit tests of the staff forms pages: their services from this portal (live updates and the staff directory
    /// registered before the helper signs the member of staff in), as in a live circuit.
    /// </summary>
    public void AddPageServices(BunitContext context, string userName, string role)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddSingleton(Staff.Get<FormUpdates>());
        context.Services.AddSingleton(Staff.Get<StaffDirectory>());
        context.AddStaffPageServicesOf<StaffForms>(Staff, userName, role);
    }

    /// <summary>Moves the clock to the instant the form is flagged to supervisors if nobody opened it.</summary>
    public async Task ClockToOpenLateFromAsync(Guid id) => Staff.Clock.SetUtcNow((await Parents.FormAsync(id)).OpenLateFrom);

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

    public void Dispose() => Parents.Dispose();
}
