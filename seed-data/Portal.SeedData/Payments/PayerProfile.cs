namespace Portal.SeedData.Payments;

/// <summary>How the paying parent behaves, which shapes the whole payment history of their cases.</summary>
internal enum PayerProfile
{
    /// <summary>An employer withholds support from every paycheck; a job change leaves a gap.</summary>
    SteadyWithholding,
    /// <summary>Pays directly every month, sometimes a little more than ordered.</summary>
    ReliableDirectPayer,
    /// <summary>Pays directly when they can: skipped months, partial amounts, the odd catch-up lump sum.</summary>
    IrregularDirectPayer,
    /// <summary>Pays nothing voluntarily: money arrives only through tax refund and benefit intercepts.</summary>
    NonPayer,
}
