using Portal.Domain.Cases;

namespace Portal.Tests.Domain;

public class ParticipantDisclosureTests
{
    private static readonly DateOnly Opened = new(2024, 1, 2);

    [Fact]
    public void A_parent_sees_all_of_their_own_record()
    {
        var (_, custodial, _) = CaseWith(caseWide: false, custodialProtected: true);

        Assert.Equal(ParticipantDetails.All, ParticipantDisclosure.ToParent("P10000001", custodial));
        Assert.True(ParticipantDisclosure.MayShowContactDetailsToParent("P10000001", custodial));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void The_other_parent_sees_only_the_short_name_with_or_without_the_indicator(bool caseWide, bool custodialProtected)
    {
        var (_, custodial, paying) = CaseWith(caseWide, custodialProtected);

        Assert.Equal(ParticipantDetails.ShortName, ParticipantDisclosure.ToParent(paying.PersonId, custodial));
        Assert.False(ParticipantDisclosure.MayShowContactDetailsToParent(paying.PersonId, custodial));
        Assert.False(ParticipantDisclosure.MayShowContactDetailsToParent(custodial.PersonId, paying));
    }

    [Fact]
    public void Staff_see_the_whole_record()
    {
        Assert.Equal(ParticipantDetails.All, ParticipantDisclosure.ToStaff());
    }

    [Fact]
    public void The_indicator_on_a_person_protects_that_person_only()
    {
        var (@case, custodial, paying) = CaseWith(caseWide: false, custodialProtected: true);

        Assert.True(ParticipantDisclosure.IsProtected(@case, custodial));
        Assert.False(ParticipantDisclosure.IsProtected(@case, paying));
    }

    [Fact]
    public void The_indicator_on_a_case_protects_everyone_on_it()
    {
        var (@case, custodial, paying) = CaseWith(caseWide: true, custodialProtected: false);

        Assert.True(ParticipantDisclosure.IsProtected(@case, custodial));
        Assert.True(ParticipantDisclosure.IsProtected(@case, paying));
    }

    [Fact]
    public void Without_an_indicator_no_one_is_protected()
    {
        var (@case, custodial, paying) = CaseWith(caseWide: false, custodialProtected: false);

        Assert.False(ParticipantDisclosure.IsProtected(@case, custodial));
        Assert.False(ParticipantDisclosure.IsProtected(@case, paying));
    }

    private static (Case Case, Participant Custodial, Participant Paying) CaseWith(bool caseWide, bool custodialProtected)
    {
        var @case = new Case(CaseNumber.FromSerial(900_000_101), CaseProgram.IvD, "Maricopa", "PHXC", Opened);
        var custodial = new Participant("P10000001", ParticipantRole.CustodialParent, "Rosa", "Quintero", new DateOnly(1988, 3, 2));
        var paying = new Participant("P10000002", ParticipantRole.NonCustodialParent, "Mateo", "Vargas", new DateOnly(1985, 6, 9));
        if (caseWide) @case.MarkFamilyViolence();
        if (custodialProtected) custodial.MarkFamilyViolence();
        @case.AddParticipant(custodial);
        @case.AddParticipant(paying);
        return (@case, custodial, paying);
    }
}
