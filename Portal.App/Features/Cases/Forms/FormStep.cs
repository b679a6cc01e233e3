using Portal.Domain.Forms;

namespace Portal.App.Features.Cases.Forms;

/// <summary>The pages of a form's wizard. Every form ends on check your answers, then signs.</summary>
public enum FormStep
{
    Reason,
    Consequences,
    BankAccount,
    Amount,
    Authorization,
    Address,
    Check,
    Sign,
}

public static class FormSteps
{
    public static IReadOnlyList<FormStep> For(FormKind kind) => kind switch
    {
        FormKind.CaseClosure => [FormStep.Reason, FormStep.Consequences, FormStep.Check, FormStep.Sign],
        FormKind.PaymentAuthorization => [FormStep.BankAccount, FormStep.Amount, FormStep.Check, FormStep.Sign],
        FormKind.PaymentAuthorizationRevocation => [FormStep.Authorization, FormStep.Check, FormStep.Sign],
        FormKind.AddressChange => [FormStep.Address, FormStep.Check, FormStep.Sign],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kinds' names in addresses: /forms/fill/close-case.</summary>
    public static string Slug(FormKind kind) => kind switch
    {
        FormKind.CaseClosure => "close-case",
        FormKind.PaymentAuthorization => "payment-authorization",
        FormKind.PaymentAuthorizationRevocation => "revoke-payment-authorization",
        FormKind.AddressChange => "change-of-address",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static FormKind? FromSlug(string? slug) => Enum.GetValues<FormKind>().Cast<FormKind?>().FirstOrDefault(k => Slug(k!.Value) == slug);
}
