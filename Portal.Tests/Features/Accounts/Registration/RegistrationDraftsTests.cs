using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.App.Features.Accounts.Registration;
using Portal.App.Features.Accounts.Shared;
using Portal.Domain.Accounts;
using Portal.Domain.Cases;
using Portal.Tests.Support;

namespace Portal.Tests.Features.Accounts.Registration;

public sealed class RegistrationDraftsTests : IDisposable
{
    private static readonly string BrowserKey = RegistrationBrowserKeys.HashOf("browser-a");
    private readonly ControlledPortal portal = new(seed: false);

    private RegistrationDrafts Drafts => portal.Services.GetRequiredService<RegistrationDrafts>();

    [Fact]
    public async Task A_saved_draft_loads_with_its_step_and_fields_and_never_an_SSN()
    {
        var draft = await Drafts.CreateAsync(new RegistrationDraft(), BrowserKey, default);
        var form = new FindCaseForm
        {
            CaseNumber = "629548-1300",
            Ssn = "323-46-7016",
            BirthMonth = "8",
            BirthDay = "16",
            BirthYear = "1987",
            AddressLine1 = "3572 Baseline Pl",
            Zip = "85234",
        };
        draft.Keep(form);
        draft.RecordMatch(new MatchedParent(42, "P35485882", CaseNumber.Parse("6295481300"), ParticipantRole.CustodialParent, "Elisa", "Lang", new DateOnly(1987, 8, 16), "elisa.lang@example.net"));
        draft.Email = "elisa.lang@example.net";
        draft.UserName = "elisa.lang";
        draft.PreferredContact = ContactMethod.Phone;
        draft.CurrentStep = RegistrationStep.Terms;
        await Drafts.SaveAsync(draft, default);

        var loaded = await Drafts.LoadAsync(draft.Id, BrowserKey, default);

        Assert.NotNull(loaded);
        Assert.Equal(RegistrationStep.Terms, loaded.CurrentStep);
        Assert.Equal("629548-1300", loaded.CaseNumberText);
        Assert.Equal(("8", "16", "1987"), (loaded.BirthMonth, loaded.BirthDay, loaded.BirthYear));
        Assert.Equal("3572 Baseline Pl", loaded.AddressLine1);
        Assert.Equal("85234", loaded.Zip);
        Assert.Equal("P35485882", loaded.PersonId);
        Assert.Equal("6295481300", loaded.MatchedCaseNumber);
        Assert.Equal(("Elisa", "Lang"), (loaded.FirstName, loaded.LastName));
        Assert.Equal(ContactMethod.Phone, loaded.PreferredContact);
        Assert.Equal("elisa.lang", loaded.UserName);
        Assert.NotNull(loaded.MatchedParent());

        // Nothing of the SSN anywhere in the stored row, not even its last four digits.
        await using var connection = new SqliteConnection($"Data Source={portal.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM RegistrationDrafts";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        for (var i = 0; i < reader.FieldCount; i++)
        {
            // The random id and the timestamps (numbers) could hold any four digits by chance; the text columns may not.
            if (reader.GetName(i) == "Id" || reader.IsDBNull(i) || reader.GetValue(i) is not string value) continue;
            Assert.DoesNotContain("7016", value, StringComparison.Ordinal);
            Assert.DoesNotContain("32346", value, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_draft_older_than_a_day_is_not_loaded_and_is_deleted_when_a_new_one_starts()
    {
        var old = await Drafts.CreateAsync(new RegistrationDraft(), BrowserKey, default);

        portal.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.Null(await Drafts.LoadAsync(old.Id, BrowserKey, default));
        var fresh = await Drafts.CreateAsync(new RegistrationDraft(), BrowserKey, default);
        await using var db = await portal.CreateDbContextAsync();
        Assert.Equal([fresh.Id], await db.RegistrationDrafts.Select(d => d.Id).ToListAsync());
    }

    [Fact]
    public async Task An_unknown_draft_id_loads_nothing()
    {
        _ = await Drafts.CreateAsync(new RegistrationDraft(), BrowserKey, default);

        Assert.Null(await Drafts.LoadAsync(Guid.NewGuid(), BrowserKey, default));
    }

    [Fact]
    public async Task A_draft_opened_with_another_browsers_key_or_none_loads_like_an_unknown_one()
    {
        var draft = await Drafts.CreateAsync(new RegistrationDraft(), BrowserKey, default);

        Assert.NotNull(await Drafts.LoadAsync(draft.Id, BrowserKey, default));
        Assert.Null(await Drafts.LoadAsync(draft.Id, RegistrationBrowserKeys.HashOf("browser-b"), default));
        Assert.Null(await Drafts.LoadAsync(draft.Id, null, default));
    }

    public void Dispose() => portal.Dispose();
}
