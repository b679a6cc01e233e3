namespace Portal.App.Features.Staff.CaseView;

/// <summary>What became of a contact-details change a member of staff sent for a parent.</summary>
public enum StaffContactChangeResult
{
    /// <summary>Queued for the case system, audited, and the parent told (if they have an account).</summary>
    Sent,

    /// <summary>The same details as the case holds, or as the change already on its way: nothing sent or audited.</summary>
    Unchanged,

    ReasonMissing,

    /// <summary>The address or numbers break the rules the form checks (a request that bypassed it): nothing sent.</summary>
    Invalid,

    /// <summary>The person is not a parent on the case being viewed.</summary>
    NotAParentOnCase,
}
