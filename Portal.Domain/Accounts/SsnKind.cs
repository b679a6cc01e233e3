namespace Portal.Domain.Accounts;

public enum SsnKind
{
    SocialSecurityNumber,
    /// <summary>An IRS Individual Taxpayer Identification Number (ITIN), accepted where an SSN is asked for.</summary>
    TaxpayerIdentificationNumber,
}
