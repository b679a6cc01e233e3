namespace Portal.Domain.Cases;

public enum ParticipantRole
{
    /// <summary>The parent who receives support.</summary>
    CustodialParent,
    /// <summary>The parent who pays support.</summary>
    NonCustodialParent,
    Child,
}
