using Microsoft.EntityFrameworkCore;
using Portal.App.Features.Staff.CaseView;
using Portal.App.Features.Staff.CaseView.Emails;
using Portal.App.Features.Staff.Shared;
using Portal.App.Infrastructure.CaseSystem.Changes;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Staff;

/// <summary>
/// Staff change a parent's address or phones only through an audited action with a reason: queued for the case system as
/// entered by staff, in the same save as the audit entry (which holds no address) and the parent's notice.
/// </summary>
public sealed class StaffContactChangesTests(StaffPortal portal) : IClassFixture<StaffPortal>
{
    private const string Reason = "Parent called: moved last week, verified by case number and date of birth";
    private static readonly MailingAddress NewAddress = new("1509 E Cooley Rd", "Spc 41", "Pinetop", "AZ", "85935");

    private StaffContactChanges Changes => portal.Get<StaffContactChanges>();

    [Fact]
    public async Task A_new_address_is_queued_as_entered_by_staff_audited_with_the_reason_and_the_parent_is_told_without_the_address()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync();

        var outcome = await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, account.PersonId!, NewAddress, Reason);

        Assert.Equal(StaffContactChangeResult.Sent, outcome);
        var change = await ChangeOfAsync(account.PersonId!);
        Assert.Equal((CaseSystemChangeKind.MailingAddress, true, CaseSystemChangeStatus.Waiting), (change.Kind, change.RequestedByStaff, change.Status));
        Assert.Equal(portal.Caseworker.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)!.Value, change.RequestedByUserId);
        Assert.Equal(NewAddress, portal.Get<CaseSystemChanges>().Read(change)!.MailingAddress);
        var entry = Assert.Single(await portal.AuditAsync(account.Id));
        Assert.Equal((StaffAuditAction.AddressChangeSent, Reason, caseNumber.Digits, "caseworker"), (entry.Action, entry.Reason, entry.CaseNumber, entry.StaffUserName));
        Assert.Equal($"Person {account.PersonId}", entry.Detail);
        var mail = Assert.Single(await portal.MailToAsync(account.Email!));
        Assert.Equal(AddressChangeSentEmail.Name, mail.Kind);
        Assert.Contains("sent a new mailing address", mail.TextBody, StringComparison.Ordinal);
        foreach (var part in new[] { "Cooley", "Spc 41", "Pinetop", "85935" })
        {
            Assert.DoesNotContain(part, mail.TextBody + mail.HtmlBody + mail.Subject, StringComparison.Ordinal);
        }
        // Nothing changes on the case until the case system accepts it.
        await using var db = await portal.DbAsync();
        Assert.DoesNotContain(await db.Participants.Where(p => p.PersonId == account.PersonId).ToListAsync(), p => p.Address == NewAddress);
    }

    [Fact]
    public async Task New_phone_numbers_are_queued_audited_and_the_parent_is_told_in_their_language()
    {
        var (caseNumber, account) = await portal.ParentAccountAsync(culture: "es-US");
        IReadOnlyList<ParticipantPhone> phones = [new(PhoneKind.Mobile, "6025550134"), new(PhoneKind.Work, "4805550111")];

        Assert.Equal(StaffContactChangeResult.Sent, await Changes.ChangePhonesAsync(portal.Supervisor, caseNumber, account.PersonId!, phones, Reason));

        var change = await ChangeOfAsync(account.PersonId!);
        Assert.Equal((CaseSystemChangeKind.Phones, true), (change.Kind, change.RequestedByStaff));
        Assert.Equal(phones, portal.Get<CaseSystemChanges>().Read(change)!.ParticipantPhones);
        Assert.Equal(StaffAuditAction.PhonesChangeSent, Assert.Single(await portal.AuditAsync(account.Id)).Action);
        var mail = Assert.Single(await portal.MailToAsync(account.Email!));
        Assert.Equal("Servicio al Cliente envió nuevos números de teléfono a su caso", mail.Subject);
        Assert.DoesNotContain("555-0134", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_without_an_account_gets_the_change_audited_and_no_email()
    {
        var (caseNumber, personId) = portal.NextParent();

        Assert.Equal(StaffContactChangeResult.Sent, await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, personId, NewAddress, Reason));

        Assert.Equal(personId, (await ChangeOfAsync(personId)).PersonId);
        var entry = Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits), e => e.Action == StaffAuditAction.AddressChangeSent);
        Assert.Null(entry.SubjectUserId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Without_a_reason_nothing_is_sent_or_audited(string reason)
    {
        var (caseNumber, personId) = portal.NextParent();

        Assert.Equal(StaffContactChangeResult.ReasonMissing, await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, personId, NewAddress, reason));
        Assert.Equal(StaffContactChangeResult.ReasonMissing, await Changes.ChangePhonesAsync(portal.Caseworker, caseNumber, personId, [new(PhoneKind.Home, "6025550100")], reason));

        await AssertNothingSentAsync(caseNumber, personId);
    }

    [Fact]
    public async Task A_parent_or_a_visitor_is_refused_and_nothing_is_sent()
    {
        var (caseNumber, personId) = portal.NextParent();

        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => Changes.ChangeAddressAsync(StaffPortal.Parent(personId), caseNumber, personId, NewAddress, Reason));
        await Assert.ThrowsAsync<StaffAccessDeniedException>(() => Changes.ChangePhonesAsync(StaffPortal.Anonymous, caseNumber, personId, [new(PhoneKind.Home, "6025550100")], Reason));

        await AssertNothingSentAsync(caseNumber, personId);
    }

    public static TheoryData<string, string?, string, string, string> BadAddresses() => new()
    {
        { "", null, "Phoenix", "AZ", "85007" },
        { "12 <b>Main</b> St", null, "Phoenix", "AZ", "85007" },
        { new string('x', 101), null, "Phoenix", "AZ", "85007" },
        { "12 Main St", null, "Phoenix", "ZZ", "85007" },
        { "12 Main St", null, "Phoenix", "AZ", "8500" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task An_address_the_rules_refuse_is_not_sent(string line1, string? line2, string city, string state, string zip)
    {
        var (caseNumber, personId) = portal.NextParent();

        Assert.Equal(StaffContactChangeResult.Invalid,
            await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, personId, new MailingAddress(line1, line2, city, state, zip), Reason));

        await AssertNothingSentAsync(caseNumber, personId);
    }

    [Theory]
    [InlineData(0, "6025550134")]
    [InlineData(1, "123")]
    [InlineData(1, "602-555-0134")] // the service takes the digits the form parsed, nothing else
    [InlineData(6, "6025550134")]
    public async Task Phone_numbers_the_rules_refuse_are_not_sent(int count, string number)
    {
        var (caseNumber, personId) = portal.NextParent();

        Assert.Equal(StaffContactChangeResult.Invalid,
            await Changes.ChangePhonesAsync(portal.Caseworker, caseNumber, personId, [.. Enumerable.Repeat(new ParticipantPhone(PhoneKind.Mobile, number), count)], Reason));

        await AssertNothingSentAsync(caseNumber, personId);
    }

    [Fact]
    public async Task A_person_who_is_not_a_parent_on_the_case_is_refused()
    {
        var (caseNumber, _) = portal.NextParent();
        var (_, elsewhere) = portal.NextParent();

        Assert.Equal(StaffContactChangeResult.NotAParentOnCase, await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, elsewhere, NewAddress, Reason));

        await AssertNothingSentAsync(caseNumber, elsewhere);
    }

    [Fact]
    public async Task The_same_address_again_while_it_is_on_its_way_is_not_sent_twice()
    {
        var (caseNumber, personId) = portal.NextParent();
        await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, personId, NewAddress, Reason);

        Assert.Equal(StaffContactChangeResult.Unchanged, await Changes.ChangeAddressAsync(portal.Caseworker, caseNumber, personId, NewAddress, Reason));

        await using var db = await portal.DbAsync();
        Assert.Equal(1, await db.CaseSystemChanges.CountAsync(c => c.PersonId == personId));
        Assert.Single(await portal.AuditAsync(caseNumber: caseNumber.Digits), e => e.Action == StaffAuditAction.AddressChangeSent);
    }

    private async Task<CaseSystemChange> ChangeOfAsync(string personId)
    {
        await using var db = await portal.DbAsync();
        return await db.CaseSystemChanges.AsNoTracking().SingleAsync(c => c.PersonId == personId);
    }

    private async Task AssertNothingSentAsync(CaseNumber caseNumber, string personId)
    {
        await using var db = await portal.DbAsync();
        Assert.False(await db.CaseSystemChanges.AnyAsync(c => c.PersonId == personId));
        Assert.DoesNotContain(await portal.AuditAsync(caseNumber: caseNumber.Digits), e => e.Action is StaffAuditAction.AddressChangeSent or StaffAuditAction.PhonesChangeSent);
    }
}
