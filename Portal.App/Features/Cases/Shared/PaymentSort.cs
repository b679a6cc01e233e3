namespace Portal.App.Features.Cases.Shared;

/// <summary>The columns the payment history sorts by (a closed list: never a property name from the browser).</summary>
public enum PaymentSort
{
    ReceivedOn,
    Amount,
    Source,
    Status,
}
