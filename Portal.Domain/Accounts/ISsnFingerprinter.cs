namespace Portal.Domain.Accounts;

/// <summary>
/// Turns an SSN into the keyed fingerprint that is stored in its place: equal SSNs give equal fingerprints,
/// and without the key a fingerprint cannot be reversed by trying all billion SSNs.
/// </summary>
public interface ISsnFingerprinter
{
    string Fingerprint(Ssn ssn);
}
