using System.Text;
using Portal.App.Infrastructure.CaseSystem;
using Portal.App.Infrastructure.Data.Seeding;
using Portal.Domain.Accounts;
using Portal.Domain.CaseSystem;

namespace Portal.Tests.Infrastructure.CaseSystem;

/// <summary>The case system's optional FamilyViolence column: true or false, an empty field is false, and older files without it still load.</summary>
public sealed class FamilyViolenceColumnTests : IDisposable
{
    private const string ParticipantHeader = "CaseNumber,PersonId,Role,FirstName,LastName,DateOfBirth,Ssn,AddressLine1,AddressLine2,City,State,Zip,Email,Phone";
    private const string Person = "6295481300,P35485882,CustodialParent,Elisa,Lang,1987-08-16,,3572 Baseline Pl,,Gilbert,AZ,85234,elisa@example.net,480-555-0198";
    private const string CaseHeader = "CaseNumber,Program,Status,County,OfficeCode,OpenedOn,ClosedOn";
    private const string CaseRow = "6295481300,IvD,Open,Maricopa,PHXC,2022-07-22,";

    private readonly string folder = Directory.CreateTempSubdirectory("portal-fv-").FullName;

    [Theory]
    [InlineData(",FamilyViolence", ",true", true)]
    [InlineData(",FamilyViolence", ",True", true)]
    [InlineData(",FamilyViolence", ",false", false)]
    [InlineData(",FamilyViolence", ",", false)]
    [InlineData("", "", false)]
    public async Task A_participant_carries_the_indicator_the_file_gives(string column, string value, bool expected)
    {
        var record = await ReadOneAsync<ParticipantRecord>(SeedFiles.Participants, ParticipantHeader + column, Person + value);

        Assert.Equal(expected, record.FamilyViolence);
        Assert.Equal(expected, CaseSystemMapper.ToParticipant(record, new NoFingerprints()).FamilyViolence);
    }

    [Theory]
    [InlineData(",FamilyViolence", ",TRUE", true)]
    [InlineData(",FamilyViolence", ",", false)]
    [InlineData("", "", false)]
    public async Task A_case_carries_the_indicator_the_file_gives(string column, string value, bool expected)
    {
        var record = await ReadOneAsync<CaseRecord>(SeedFiles.Cases, CaseHeader + column, CaseRow + value);

        Assert.Equal(expected, record.FamilyViolence);
        Assert.Equal(expected, CaseSystemMapper.ToCase(record, [], [], new NoFingerprints()).FamilyViolence);
    }

    [Fact]
    public async Task A_value_that_is_not_true_or_false_is_refused()
    {
        await Assert.ThrowsAnyAsync<Exception>(() => ReadOneAsync<ParticipantRecord>(SeedFiles.Participants, ParticipantHeader + ",FamilyViolence", Person + ",maybe"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<T> ReadOneAsync<T>(string file, string header, string row)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, file), header + "\n" + row + "\n", new UTF8Encoding(false));
        var records = new List<T>();
        await foreach (var record in new SeedFiles(folder).ReadAsync<T>(file)) records.Add(record);
        return Assert.Single(records);
    }

    private sealed class NoFingerprints : ISsnFingerprinter
    {
        public string Fingerprint(Ssn ssn) => throw new InvalidOperationException("These rows carry no SSN.");
    }
}
