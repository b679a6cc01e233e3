namespace Portal.Domain.Forms;

/// <summary>The e-forms a parent can sign in the portal instead of printing and mailing them.</summary>
public enum FormKind
{
    /// <summary>A request to close a child support case (criteria of 45 CFR 303.11(b)).</summary>
    CaseClosure,

    /// <summary>The paying parent authorises automatic bank debits for support.</summary>
    PaymentAuthorization,

    /// <summary>Ends an active payment authorization: a signed form too.</summary>
    PaymentAuthorizationRevocation,

    /// <summary>A new mailing address, signed; it travels to the case system as the profile's address change does.</summary>
    AddressChange,
}
