namespace Portal.App.Infrastructure.Payments;

public enum PaymentProcessorKind
{
    Sandbox,
}
