namespace Portal.App.Features.Cases.Records;

/// <summary>The file formats an import reads, told apart by the file name (see README, "Dashboard").</summary>
public enum ImportFormat
{
    /// <summary><c>*.json</c>: an object with "payments", "caseActions" and "changeAcknowledgements" arrays.</summary>
    Json,
    /// <summary><c>*.payments.csv</c>: the columns of seed-data/payments.csv.</summary>
    PaymentsCsv,
    /// <summary><c>*.case-actions.csv</c>: CaseNumber, ExternalId, OccurredAt, Type, Description.</summary>
    CaseActionsCsv,
}
