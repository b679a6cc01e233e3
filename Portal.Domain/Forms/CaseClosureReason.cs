using Portal.Domain.Cases;

namespace Portal.Domain.Forms;

/// <summary>
/// The reasons a parent may give for closing a case, each one of the federal case-closure criteria in
/// 45 CFR 303.11(b) that a parent can know about. The agency still decides: it checks the criterion against the case.
/// </summary>
public enum CaseClosureReason
{
    /// <summary>§ 303.11(b)(12): the receiving parent, not on public assistance, no longer wants services.</summary>
    ServicesNoLongerWanted,

    /// <summary>§ 303.11(b)(1): there is no current support order and less than $500 is owed.</summary>
    NoCurrentOrderLittleOwed,

    /// <summary>§ 303.11(b)(5): the paying parent lives with the child.</summary>
    PayingParentLivesWithChild,

    /// <summary>§ 303.11(b)(4): the paying parent has died.</summary>
    PayingParentDied,

    /// <summary>§ 303.11(b)(9): the paying parent's only income is Supplemental Security Income (SSI), or SSI and SSDI.</summary>
    PayingParentOnlyHasSsi,
}

/// <summary>
/// Who may ask to close a case, and for which reasons. The receiving parent is the one who receives services, so they
/// may give any reason, including that they no longer want them. The paying parent may ask only for reasons that are
/// facts about the case or about themselves (the order ended, they live with the child, their only income is SSI);
/// they cannot stop services the other parent receives. A child on the case cannot ask.
/// </summary>
public static class CaseClosureRules
{
    private static readonly CaseClosureReason[] ForReceivingParent = Enum.GetValues<CaseClosureReason>();

    private static readonly CaseClosureReason[] ForPayingParent =
        [CaseClosureReason.NoCurrentOrderLittleOwed, CaseClosureReason.PayingParentLivesWithChild, CaseClosureReason.PayingParentOnlyHasSsi];

    public const int DetailsMaxLength = 1_000;

    public static IReadOnlyList<CaseClosureReason> ReasonsFor(ParticipantRole role) => role switch
    {
        ParticipantRole.CustodialParent => ForReceivingParent,
        ParticipantRole.NonCustodialParent => ForPayingParent,
        _ => [],
    };

    public static bool MayAsk(ParticipantRole role, CaseClosureReason reason) => ReasonsFor(role).Contains(reason);
}
