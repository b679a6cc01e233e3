namespace Portal.Domain.Payments;

public enum PaymentSource
{
    WageWithholding,
    DirectPayment,
    FederalTaxIntercept,
    StateTaxIntercept,
    UnemploymentIntercept,
    LotteryIntercept,
}
