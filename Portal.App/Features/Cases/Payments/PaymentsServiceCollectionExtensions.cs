namespace Portal.App.Features.Cases.Payments;

public static class PaymentsServiceCollectionExtensions
{
    /// <summary>
    /// Paying online: the parent's journey, the processor's webhook, the payer's emails and the recurring debits of active
    /// payment authorizations. Relies on AddPaymentProcessor (Infrastructure/Payments) for the processor and its options,
    /// and on AddForms for the authorizations' protector.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services)
    {
        services.AddSingleton<OnlinePaymentNotices>();
        services.AddSingleton<ParentPayments>();
        services.AddSingleton<PaymentWebhooks>();
        services.AddSingleton<RecurringPayments>();
        services.AddHostedService<RecurringPaymentService>();
        return services;
    }
}
