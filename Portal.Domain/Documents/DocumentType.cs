namespace Portal.Domain.Documents;

/// <summary>What a parent says a document is (stored by name).</summary>
public enum DocumentType
{
    ProofOfIncome,
    CourtOrder,
    ProofOfAddress,
    Identification,
    /// <summary>A child's birth certificate (paternity, an application for services).</summary>
    BirthCertificate,
    Other,
}
