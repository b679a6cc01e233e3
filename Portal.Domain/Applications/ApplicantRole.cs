namespace Portal.Domain.Applications;

/// <summary>Who is applying, as the case system records an applicant.</summary>
public enum ApplicantRole
{
    /// <summary>The children live with them; they would receive support.</summary>
    ReceivingParent,

    /// <summary>They would pay support (a paying parent may apply too).</summary>
    PayingParent,

    /// <summary>A relative or guardian the children live with.</summary>
    Caretaker,
}
