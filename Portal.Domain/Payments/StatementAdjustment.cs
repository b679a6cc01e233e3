namespace Portal.Domain.Payments;

/// <summary>
/// A change to what is owed other than support and payments (a court-ordered judgment, a write-off). None exist yet:
/// the case system's export carries no adjustments, so every <see cref="StatementMonth.Adjustments"/> is empty until
/// the import gains them and <see cref="CaseLedger"/> applies them.
/// </summary>
/// <param name="Amount">Positive adds to arrears, negative takes from them.</param>
public sealed record StatementAdjustment(DateOnly On, Money Amount);
