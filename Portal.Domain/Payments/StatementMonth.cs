namespace Portal.Domain.Payments;

/// <summary>One month of a <see cref="CaseStatement"/>: the ledger's figures and the reasons behind each, in order.</summary>
/// <param name="Figures">Opening arrears, support due, payments as applied, and the arrears at the month's end.</param>
/// <param name="Adjustments">Always empty today (see <see cref="StatementAdjustment"/>).</param>
/// <param name="Closed">The month is over on the statement's date, so its unpaid support has become arrears.</param>
public sealed record StatementMonth(
    LedgerMonth Figures,
    IReadOnlyList<StatementAdjustment> Adjustments,
    IReadOnlyList<StatementExplanation> Explanations,
    bool Closed)
{
    public DateOnly Month => Figures.Month;

    public DateOnly Through => Figures.Through;
}
